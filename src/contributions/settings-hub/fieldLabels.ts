/** The name each validated field goes by in the list of settings to fix (its label on the page). */
import { REQUEST_TYPES } from "../../domain/requestTypes";
import { SLA_TARGET_LABELS } from "../../domain/sla/slaClock";
import { TEMPLATE_DEFS } from "./templateDefs";

/** The service-level fields, by settings path. */
export const SLA_FIELD_LABELS: Record<string, string> = {
  "sla.calendar.timeZone": "Time zone",
  "sla.calendar.workingDays": "Working days",
  "sla.calendar.dayStart": "Working day starts",
  "sla.calendar.dayEnd": "Working day ends",
  "sla.calendar.holidays": "Holidays",
  "sla.waiting.state": "Waiting on the client: state",
  "sla.waiting.tag": "Waiting on the client: tag",
  "sla.atRiskPercent": "At risk after",
  ...Object.fromEntries(
    REQUEST_TYPES.flatMap((t) => [
      [`sla.targets.${t.key}.acknowledgeHours`, `${t.label}: ${SLA_TARGET_LABELS.acknowledge}`],
      [`sla.targets.${t.key}.closeHours`, `${t.label}: ${SLA_TARGET_LABELS.close}`],
    ]),
  ),
};

export const FIELD_LABELS: Record<string, string> = {
  intakeType: "Intake work item type",
  requestTag: "Request tag",
  taskType: "Staff task type",
  "states.acknowledge": "Acknowledge state",
  "states.close": "Close state",
  "states.taskDone": "Task done state",
  defaultAssigneeId: "Default assignee of staff tasks",
  services: "Services offered",
  webhookUrl: "Staff channel webhook URL",
  clientsAreaRoot: "Clients area root",
  ...SLA_FIELD_LABELS,
  ...Object.fromEntries(
    TEMPLATE_DEFS.flatMap((d) =>
      d.kind === "comment"
        ? [[`templates.${d.key}`, d.label]]
        : [
            [`templates.${d.key}.subject`, `${d.label} subject`],
            [`templates.${d.key}.body`, `${d.label} body`],
          ],
    ),
  ),
};
