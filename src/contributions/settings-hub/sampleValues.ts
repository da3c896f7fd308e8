/** The sample request the template previews are rendered from: every placeholder has a value. */
import type { Settings } from "../../domain/settings";
import type { TemplateValues } from "../../domain/templates";

const SAMPLE_COORDINATOR = { id: "00000000-0000-0000-0000-0000000000c0", displayName: "Holly Brooks" };
const SAMPLE_STAFF = { id: "00000000-0000-0000-0000-0000000000c5", displayName: "Remi Laurent" };

/** A Reassign user request with account changes; the people and service come from the settings on screen. */
export function sampleTemplateValues(settings: Settings): TemplateValues {
  const staff = settings.staff.find((p) => p.id === settings.defaultAssigneeId) ?? settings.staff[0];
  return {
    client: {
      id: "00000000-0000-0000-0000-0000000000d1",
      displayName: "Dana Whitfield",
      email: "dana@contoso-dental.example",
    },
    requestNumber: 1024,
    requestUrl: "https://dev.azure.com/fabrikam/Client%20Services/_workitems/edit/1024",
    requestTitle: "Reassign User 102 to Alex Chen",
    service: settings.services[0] ?? "Customer portal",
    requestType: "Reassign user",
    accountChanges: [
      {
        account: "User 102",
        change: "Modified",
        details: "Login e-mail changed to alex.chen@contoso-dental.example; password reset sent.",
      },
      { account: "User 215", change: "Added", details: "Invitation with an enrollment key sent." },
      { account: "User 087", change: "Removed", details: "Sign-in disabled; voicemail kept 30 days." },
    ],
    reassignments: [
      {
        account: "User 102",
        departingEmployee: "Maria Gomez",
        oldLoginEmail: "maria.gomez@contoso-dental.example",
        newEmployeeName: "Alex Chen",
        newLoginEmail: "alex.chen@contoso-dental.example",
        changes: { loginEmail: true, credentialReset: true, voicemailEmail: true, displayName: true },
        keepSubscription: true,
        effectiveDate: "2026-11-30",
      },
    ],
    coordinator: settings.coordinator
      ? { id: settings.coordinator.id, displayName: settings.coordinator.displayName }
      : SAMPLE_COORDINATOR,
    staffMember: staff ? { id: staff.id, displayName: staff.displayName } : SAMPLE_STAFF,
    stage: "In progress",
  };
}
