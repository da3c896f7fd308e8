/** The in-memory shapes the emulator keeps. Revisions and their field maps are immutable once pushed. */

export interface IdentityRef {
  displayName: string;
  url: string;
  _links: { avatar: { href: string } };
  id: string;
  uniqueName: string;
  imageUrl: string;
  descriptor: string;
}

export type FieldValue = string | number | boolean | Date | IdentityRef;
export type Fields = Record<string, FieldValue>;

export interface Relation {
  rel: string;
  url: string;
  attributes: Record<string, unknown>;
}

export interface Revision {
  rev: number;
  fields: Fields;
  relations: Relation[];
}

export type CommentFormat = "markdown" | "html";

export interface CommentMention {
  artifactId: string;
  artifactType: string;
  commentId: number;
  targetId: string;
}

export interface CommentRecord {
  id: number;
  workItemId: number;
  version: number;
  text: string;
  format: CommentFormat;
  createdBy: IdentityRef;
  createdDate: Date;
  modifiedBy: IdentityRef;
  modifiedDate: Date;
  isDeleted: boolean;
  mentions: CommentMention[];
  /** The work item revision that carried the comment (System.History). */
  revision: number;
}

export interface WorkItemRecord {
  id: number;
  projectId: string;
  revisions: Revision[];
  comments: CommentRecord[];
}

export interface MailEntry {
  to: string[];
  cc: string[];
  replyTo: string[];
  subject: string;
  body: string;
  workItemIds: number[];
  projectId: string | null;
  from: string;
  /** Recipients given as e-mail addresses that are not organization members: ADO silently drops them. */
  undelivered: string[];
  sentAt: string;
}

export interface WebhookEntry {
  name: string;
  /** Which endpoint it played: a Slack incoming webhook or a Teams Workflows trigger. */
  kind: "slack" | "teams";
  contentType: string;
  body: unknown;
  receivedAt: string;
}

export interface ExtensionDocument {
  id: string;
  __etag: number;
  [key: string]: unknown;
}
