import { mentionHtml } from "../../src/domain/mentions";
import { activeParts, bodyOf, PAYLOAD_CASES } from "./htmlSafety";

const ID = "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d04";

describe("mention markup", () => {
  it("is the anchor Azure DevOps reads as a mention", () => {
    expect(mentionHtml({ id: ID, displayName: "Dana Whitfield" })).toBe(
      `<a href="#" data-vss-mention="version:2.0,${ID}">@Dana Whitfield</a>`,
    );
  });

  it.each(PAYLOAD_CASES)("keeps the identity and shows the name %s literally", (_label, name) => {
    const html = mentionHtml({ id: ID, displayName: name });
    expect(activeParts(html)).toEqual([]);
    const anchors = bodyOf(html).querySelectorAll("a");
    expect(anchors).toHaveLength(1);
    expect(anchors[0].getAttribute("href")).toBe("#");
    expect(anchors[0].getAttribute("data-vss-mention")).toBe(`version:2.0,${ID}`);
    expect(Array.from(anchors[0].attributes).map((a) => a.name)).toEqual(["href", "data-vss-mention"]);
    expect(anchors[0].textContent).toBe(`@${name}`);
  });

  it.each([
    "",
    'x" onclick="alert(1)',
    "8c2f0b61-3c4e-4a8e-9d1f-0a6b1e2c3d04 ",
    "8c2f0b61,3c4e",
    "javascript:alert(1)",
    "<script>",
    "dana@contoso-dental.example",
    "f".repeat(65),
  ])("refuses %p as an identity id", (id) => {
    expect(() => mentionHtml({ id, displayName: "Dana" })).toThrow(Error);
  });

  it("accepts ids of any case and up to 64 characters", () => {
    expect(mentionHtml({ id: ID.toUpperCase(), displayName: "D" })).toContain(ID.toUpperCase());
    expect(() => mentionHtml({ id: "f".repeat(64), displayName: "D" })).not.toThrow();
  });
});
