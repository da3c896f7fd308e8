/** `seedSize` extra requests of varied types, stages and clients, for scale tests (fast: no tasks). */
import { type RequestDetails, type RequestTypeKey } from "../../../../src/domain/requestTypes";
import { type SeedClock, type SeedWriter } from "./seed";

const CLIENTS = [
  {
    key: "dana",
    name: "Dana Whitfield",
    email: "dana@contoso-dental.example",
    area: "Clients\\Contoso Dental",
  },
  { key: "chris", name: "Chris Novak", email: "chris@northwind.example", area: "Clients\\Northwind Clinic" },
];
const TYPES: RequestTypeKey[] = ["invite", "reset", "reassign", "remove"];
const SERVICES = ["Patient portal", "Hosted phone system", "Scheduling"];

function details(i: number, client: (typeof CLIENTS)[number]): RequestDetails {
  const base = {
    service: SERVICES[i % SERVICES.length],
    client: { name: client.name, email: client.email },
    notes: "",
  };
  const n = 1000 + i;
  const email = `user${n}@${client.email.split("@")[1]}`;
  switch (TYPES[i % TYPES.length]) {
    case "invite":
      return {
        ...base,
        type: "invite",
        accounts: [{ name: `New Hire ${n}`, email, role: "Staff", enrollmentKey: true }],
      };
    case "reset":
      return { ...base, type: "reset", accounts: [{ account: `User ${n}`, email, reason: "Locked out" }] };
    case "reassign":
      return {
        ...base,
        type: "reassign",
        accounts: [
          {
            account: `User ${n}`,
            departingEmployee: `Leaver ${n}`,
            oldLoginEmail: email,
            newEmployeeName: `Joiner ${n}`,
            newLoginEmail: `joiner${n}@${client.email.split("@")[1]}`,
            changes: { loginEmail: true, credentialReset: true, voicemailEmail: false, displayName: true },
            keepSubscription: true,
            effectiveDate: "2026-12-01",
          },
        ],
      };
    default:
      return { ...base, type: "remove", accounts: [{ account: `User ${n}`, email, lastDay: "" }] };
  }
}

/**
 * `count` requests over the last 30 to 90 days. By default a third each Submitted, Acknowledged and Closed;
 * with `closedShare` (e.g. 0.95, a desk that has run for years) that share is closed, the rest split
 * between Submitted and Acknowledged. A closed one is closed directly from New (one update) to keep a large
 * seed small in memory.
 */
export function seedScale(w: SeedWriter, count: number, clock: SeedClock, closedShare?: number): void {
  for (let i = 0; i < count; i++) {
    const client = CLIENTS[i % CLIENTS.length];
    const daysAgo = 30 + (i % 60);
    const id = w.request(
      "Client Services",
      "User Request",
      client.key,
      clock.at(daysAgo, 8 + (i % 8), i % 60),
      details(i, client),
      client.area,
    );
    const stage = stageOf(i, closedShare);
    if (stage === "acknowledged")
      w.update(id, "holly", clock.at(daysAgo - 1, 9, i % 60), { "System.State": "In Planning" });
    if (stage === "closed") {
      // The even split walks a request through In Planning; a large closed share closes straight from New.
      if (closedShare === undefined)
        w.update(id, "holly", clock.at(daysAgo - 1, 9, i % 60), { "System.State": "In Planning" });
      w.update(id, "holly", clock.at(daysAgo - 2, 9, i % 60), { "System.State": "Closed" });
    }
  }
}

/** Where request `i` stands: a third each by default, or `closedShare` closed and the rest split evenly. */
function stageOf(i: number, closedShare: number | undefined): "submitted" | "acknowledged" | "closed" {
  if (closedShare === undefined) return (["submitted", "acknowledged", "closed"] as const)[i % 3];
  // Spread the closed ones evenly: request i is closed when the running share falls behind.
  if (Math.floor((i + 1) * closedShare) > Math.floor(i * closedShare)) return "closed";
  return i % 2 === 1 ? "acknowledged" : "submitted";
}
