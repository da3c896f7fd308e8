/** The message templates the settings edit, in the order the workflow uses them. */
export type CommentKey = "acknowledgeComment" | "taskCompleteComment" | "closeComment";
export type MailKey = "confirmationMail" | "notifyMail" | "completionMail";

export type TemplateDef =
  | { kind: "comment"; key: CommentKey; label: string; when: string }
  | { kind: "mail"; key: MailKey; label: string; when: string };

/** Every template, in the order the workflow uses them, with when it is sent. */
export const TEMPLATE_DEFS: readonly TemplateDef[] = [
  {
    kind: "mail",
    key: "confirmationMail",
    label: "Confirmation mail",
    when: "Sent to the client when a request is created.",
  },
  {
    kind: "comment",
    key: "acknowledgeComment",
    label: "Acknowledge comment",
    when: "Posted on the request's discussion by Acknowledge; mention the client so they are told.",
  },
  {
    kind: "comment",
    key: "taskCompleteComment",
    label: "Task complete comment",
    when: "Posted on the staff task by Complete task; mention the coordinator so they are told.",
  },
  {
    kind: "mail",
    key: "completionMail",
    label: "Completion mail",
    when: "Sent to the client (cc the coordinator) by Complete task, with the account changes.",
  },
  {
    kind: "mail",
    key: "notifyMail",
    label: "Notify client mail",
    when: "The starting text of Notify client; the sender can edit it before sending.",
  },
  {
    kind: "comment",
    key: "closeComment",
    label: "Close comment",
    when: "Posted on the request's discussion by Close request; mention the client so they are told.",
  },
];
