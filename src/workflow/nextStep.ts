/** What happens next on a request, in words for the client who filed it. */
import type { Stage } from "../domain/stages";

export const NEXT_STEP: Record<Stage, string> = {
  Submitted: "The coordinator reviews your request and tells you by e-mail when the desk has taken it on.",
  Acknowledged: "A staff member will be given the work; you hear from the desk when it is done.",
  "In progress": "Staff are making the changes. You will receive an e-mail listing each change.",
  "Ready to close": "The work is done. The coordinator closes the request once everything is confirmed.",
  Closed: "Nothing more: this request is closed. File a new request if something is still not right.",
};
