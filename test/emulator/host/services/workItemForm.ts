/**
 * ms.vss-work-web.work-item-form (IWorkItemFormService), backed by the page's work item model. On pages
 * without a work item every method rejects except hasActiveWorkItem, which answers false.
 */
import type { PageEnv } from "../env";
import { identityString, isIdentity, type WorkItemModel, type WorkItemRelation } from "../form/model";

type ValueOptions = boolean | { returnOriginalValue?: boolean } | undefined;
const original = (options: ValueOptions) =>
  typeof options === "boolean" ? options : Boolean(options?.returnOriginalValue);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** What getFieldValue gives: identities as "Name <email>", dates as Date objects (they travel as __proxyDate). */
function formValue(value: unknown): unknown {
  if (isIdentity(value)) return identityString(value);
  if (typeof value === "string" && ISO_DATE.test(value)) return new Date(value);
  return value;
}

const RELATION_TYPES = [
  ["System.LinkTypes.Hierarchy-Forward", "Child"],
  ["System.LinkTypes.Hierarchy-Reverse", "Parent"],
  ["System.LinkTypes.Related", "Related"],
  ["System.LinkTypes.Dependency-Forward", "Successor"],
  ["System.LinkTypes.Dependency-Reverse", "Predecessor"],
  ["System.LinkTypes.Duplicate-Forward", "Duplicate"],
  ["System.LinkTypes.Duplicate-Reverse", "Duplicate Of"],
  ["ArtifactLink", "Artifact Link"],
  ["Hyperlink", "Hyperlink"],
];

function fieldName(ref: string): string {
  const last = ref.split(".").pop() ?? ref;
  return last.replace(/([a-z])([A-Z])/g, "$1 $2");
}

export function workItemFormService(env: PageEnv) {
  const form = (): WorkItemModel => {
    if (!env.form) throw new Error("There is no active work item on this page.");
    return env.form;
  };
  const field = (ref: string) => ({
    referenceName: ref,
    name: fieldName(ref),
    readOnly: !form().canSet(ref),
    url: `${env.rest.orgUrl}_apis/wit/fields/${ref}`,
  });
  const relationTypes = () =>
    RELATION_TYPES.map(([referenceName, name]) => ({
      referenceName,
      name,
      attributes: {
        usage: referenceName.startsWith("System.") ? "workItemLink" : "resourceLink",
        enabled: true,
      },
      url: `${env.rest.orgUrl}_apis/wit/workItemRelationTypes/${referenceName}`,
    }));

  return {
    async getId() {
      return form().id;
    },
    async getRevision() {
      return form().rev;
    },
    async getFields() {
      return form().fieldNames().map(field);
    },
    async getFieldValue(ref: string, options?: ValueOptions) {
      return formValue(form().getFieldValue(ref, original(options)));
    },
    async getFieldValues(refs: string[], options?: ValueOptions) {
      return Object.fromEntries(
        refs.map((ref) => [ref, formValue(form().getFieldValue(ref, original(options)))]),
      );
    },
    async getIdentityFieldValue(ref: string, options?: ValueOptions) {
      const value = form().getFieldValue(ref, original(options));
      if (isIdentity(value) || value === undefined) return value;
      const text = String(value);
      const match = /^(.*?)\s*<([^>]+)>$/.exec(text);
      const user = env.bootstrap.context.users.find(
        (u) => u.email === (match ? match[2] : text) || u.displayName === text,
      );
      return user
        ? { id: user.id, displayName: user.displayName, uniqueName: user.email }
        : { displayName: match ? match[1] : text, uniqueName: match ? match[2] : undefined };
    },
    async setFieldValue(ref: string, value: unknown) {
      return form().setFieldValues({ [ref]: value })[ref];
    },
    async setFieldValues(values: Record<string, unknown>) {
      return form().setFieldValues(values);
    },
    async getAllowedFieldValues(ref: string) {
      if (ref === "System.State") return form().states.map((s) => s.name);
      if (ref === "System.AssignedTo")
        return env.bootstrap.context.users.map((u) => `${u.displayName} <${u.email}>`);
      return [];
    },
    async isDirty() {
      return form().isDirty();
    },
    async isNew() {
      form();
      return false;
    },
    async isValid() {
      return form().isValid();
    },
    async setError(message: string) {
      form().setCustomError(message);
    },
    async clearError() {
      form().setCustomError(undefined);
    },
    async save() {
      await form().save();
    },
    async refresh() {
      await form().refresh();
    },
    async reset() {
      form().reset();
    },
    async getInvalidFields() {
      return form().invalidFields().map(field);
    },
    async getDirtyFields(_includeSystemChanges?: boolean) {
      return form().dirtyFields().map(field);
    },
    async addWorkItemRelations(relations: WorkItemRelation[]) {
      form().addRelations(relations);
    },
    async removeWorkItemRelations(relations: WorkItemRelation[]) {
      form().removeRelations(relations);
    },
    async getWorkItemRelations() {
      return form().relations();
    },
    async getWorkItemResourceUrl(workItemId: number) {
      return `${env.rest.orgUrl}_apis/wit/workItems/${workItemId}`;
    },
    async getWorkItemRelationTypes() {
      return relationTypes();
    },
    async hasActiveWorkItem() {
      return !!env.form;
    },
    async beginSaveWorkItem(onSuccess?: () => void, onError?: (e: unknown) => void) {
      try {
        await form().save();
        void onSuccess?.();
      } catch (e) {
        void onError?.(e);
      }
    },
  };
}
