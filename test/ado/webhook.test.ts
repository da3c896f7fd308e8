/**
 * The staff-channel post as real endpoints take it: the payload each service accepts, sent as a simple
 * no-cors request, and a delivered post (an opaque answer, as from an endpoint without CORS headers)
 * never reported as failed.
 */
import { channelKind, channelPayload, createStaffChannel } from "../../src/ado/webhook";

const TEAMS =
  "https://prod-11.westeurope.logic.azure.com:443/workflows/0a1b2c/triggers/manual/paths/invoke?api-version=2016-06-01&sig=x";
const TEAMS_PP =
  "https://default1234.56.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/9f8e/triggers/manual/paths/invoke?api-version=1";
const SLACK = "https://hooks.slack.com/services/T000/B000/XXXX";
const TEXT =
  "User-management request #2 acknowledged: User 102\nType: Reassign user; service: Phone system\nhttps://dev.azure.com/fabrikam/Client%20Services/_workitems/edit/2";

function recorder(answer: () => Promise<Partial<Response>>) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return (await answer()) as Response;
  }) as unknown as typeof fetch;
  return { sent, channel: createStaffChannel(fetchImpl) };
}

describe("staff-channel payloads", () => {
  it("recognises Teams Workflows and Slack incoming webhooks by their URL", () => {
    expect(channelKind(TEAMS)).toBe("teams");
    expect(channelKind(TEAMS_PP)).toBe("teams");
    expect(channelKind(SLACK)).toBe("slack");
    expect(channelKind("https://chat.example/hooks/1")).toBe("text");
    expect(channelKind("not a url")).toBe("text");
  });

  it("sends Teams Workflows a message with one Adaptive Card, the link as its action", () => {
    expect(channelPayload("teams", TEXT)).toEqual({
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          contentUrl: null,
          content: {
            $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
            type: "AdaptiveCard",
            version: "1.4",
            body: [
              {
                type: "TextBlock",
                text: "User-management request #2 acknowledged: User 102",
                weight: "Bolder",
                wrap: true,
              },
              {
                type: "TextBlock",
                text: "Type: Reassign user; service: Phone system",
                wrap: true,
                spacing: "Small",
              },
            ],
            actions: [
              {
                type: "Action.OpenUrl",
                title: "Open the request",
                url: "https://dev.azure.com/fabrikam/Client%20Services/_workitems/edit/2",
              },
            ],
          },
        },
      ],
    });
  });

  it("sends Slack (and any other endpoint) its text", () => {
    expect(channelPayload("slack", TEXT)).toEqual({ text: TEXT });
    expect(channelPayload("text", "hi")).toEqual({ text: "hi" });
  });
});

describe("posting", () => {
  it("posts a simple no-cors request, and an opaque answer (no CORS headers) counts as delivered", async () => {
    const { sent, channel } = recorder(async () => ({ type: "opaque", ok: false, status: 0 }));
    await expect(channel.post(TEAMS, TEXT)).resolves.toBeUndefined();
    expect(sent).toHaveLength(1);
    expect(sent[0].init).toMatchObject({
      method: "POST",
      mode: "no-cors",
      headers: { "Content-Type": "text/plain;charset=UTF-8" },
    });
    expect(JSON.parse(String(sent[0].init.body)).attachments).toHaveLength(1);
  });

  it("reports a post that did not reach the channel, and a readable refusal", async () => {
    const down = recorder(async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(down.channel.post(SLACK, TEXT)).rejects.toThrow(
      "the staff-channel post did not reach the channel (Failed to fetch)",
    );
    const refused = recorder(async () => ({ type: "cors", ok: false, status: 404 }));
    await expect(refused.channel.post(SLACK, TEXT)).rejects.toThrow(
      "the staff channel refused the post (HTTP 404)",
    );
  });
});
