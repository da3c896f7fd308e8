/** POST …/_apis/wit/sendmail: recorded in the outbox; unknown identity ids are refused. */
import { badRequest } from "../http/errors";
import { userById } from "../model/identities";
import { type Route, type RouteContext } from "./router";

interface Recipients {
  tfIds?: unknown;
  emailAddresses?: unknown;
}

function strings(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string"))
    throw badRequest("ArgumentException", `${what} must be an array of strings.`);
  return value as string[];
}

function recipients(ctx: RouteContext, value: unknown, what: string) {
  const r = (value ?? {}) as Recipients;
  const tfIds = strings(r.tfIds, `${what}.tfIds`);
  for (const id of tfIds) {
    if (!userById(id))
      throw badRequest(
        "SendMailIdentityNotFoundException",
        `Send mail failed: ${what}.tfIds contains '${id}', which is not the id of an identity in organization '${ctx.store.organization}'.`,
      );
  }
  const emails = strings(r.emailAddresses, `${what}.emailAddresses`);
  const members = new Set(ctx.store.users.map((u) => u.email.toLowerCase()));
  return { all: [...tfIds, ...emails], undelivered: emails.filter((e) => !members.has(e.toLowerCase())) };
}

export const mailRoutes: Route[] = [
  {
    method: "POST",
    pattern: "wit/sendmail",
    project: "optional",
    handler(ctx) {
      const body = (ctx.body ?? {}) as Record<string, unknown>;
      const message = body.message as Record<string, unknown> | undefined;
      if (!message || typeof message !== "object")
        throw badRequest("ArgumentNullException", "Value cannot be null. Parameter name: message");
      const to = recipients(ctx, message.to, "message.to");
      const cc = recipients(ctx, message.cc, "message.cc");
      const replyTo = recipients(ctx, message.replyTo, "message.replyTo");
      if (!to.all.length)
        throw badRequest("ArgumentException", "Send mail needs at least one recipient in message.to.");
      const ids = Array.isArray(body.ids) ? body.ids.map(Number).filter(Number.isFinite) : [];
      for (const id of ids) {
        const item = ctx.store.items.get(id);
        if (!item || !ctx.store.canRead(ctx.user, item))
          throw badRequest(
            "SendMailWorkItemException",
            `TF401232: Work item ${id} does not exist, or you do not have permissions to read it.`,
          );
      }
      ctx.store.mail.push({
        to: to.all,
        cc: cc.all,
        replyTo: replyTo.all,
        subject: String(message.subject ?? ""),
        body: String(message.body ?? ""),
        workItemIds: ids,
        projectId: typeof body.projectId === "string" ? body.projectId : (ctx.project?.id ?? null),
        from: ctx.user.id,
        undelivered: [...to.undelivered, ...cc.undelivered],
        sentAt: ctx.store.now().toISOString(),
      });
      return { status: 204 };
    },
  },
];
