/**
 * What to say when a mail failed. A mail is never repeated by itself, and nothing in Azure DevOps shows
 * whether one went out, so when the answer was lost the person is told it may have gone and where to look.
 */
import { describeError, outcomeUnknown } from "../ado/restErrors";

export function mailFailureText(error: unknown, copiedTo: { displayName: string } | undefined): string {
  const why = describeError(error, "send the e-mail");
  if (!outcomeUnknown(error)) return `${why} It was not sent.`;
  const where = copiedTo
    ? `${copiedTo.displayName} is copied on it: check that inbox`
    : "Check with the client";
  return `${why} It may have gone out anyway, as the answer was lost. ${where} before sending it again.`;
}
