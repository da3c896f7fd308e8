import { decodeEntities, escapeHtml, htmlToText, plainTextToHtml } from "../../src/domain/html";
import { activeParts, bodyOf, PAYLOAD_CASES, PAYLOADS } from "./htmlSafety";

describe("escaping", () => {
  it("escapes the five characters that matter in content and quoted attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it.each(PAYLOAD_CASES)("makes %s literal text, in content and in an attribute", (_name, p) => {
    const html = `<p title="${escapeHtml(p)}">${escapeHtml(p)}</p>`;
    expect(activeParts(html)).toEqual([]);
    const para = bodyOf(html).querySelector("p")!;
    expect(para.textContent).toBe(p);
    expect(para.getAttribute("title")).toBe(p);
    expect(Array.from(para.attributes).map((a) => a.name)).toEqual(["title"]);
  });
});

describe("reading text back", () => {
  it("decodes what escapeHtml writes, once", () => {
    for (const p of PAYLOADS) expect(decodeEntities(escapeHtml(p))).toBe(p);
    expect(decodeEntities("&amp;lt;")).toBe("&lt;");
  });

  it("decodes numeric and common named entities, leaves the rest", () => {
    expect(decodeEntities("&#60;&#x3E;&apos;&nbsp;&copy;&#0;&#x110000;")).toBe("<>' &copy;&#0;&#x110000;");
  });

  it("drops tags, scripts and styles, keeps line breaks and folds spaces", () => {
    expect(
      htmlToText("<div>a  <b>b</b><br>c<script>alert(1)</script><style>p{}</style>\t d &lt;x&gt;</div>"),
    ).toBe("a b\nc d <x>");
  });
});

describe("plain text as HTML", () => {
  it("turns blank-line-separated paragraphs into <p> and single newlines into <br>", () => {
    expect(plainTextToHtml("Hello,\r\n\r\nline one\nline two\n\n\n\nbye")).toBe(
      "<p>Hello,</p><p>line one<br>line two</p><p>bye</p>",
    );
    expect(plainTextToHtml("  \n\n")).toBe("");
  });

  it.each(PAYLOAD_CASES)("keeps %s inert and readable", (_name, p) => {
    const html = plainTextToHtml(`${p}\n\n${p}`);
    expect(activeParts(html)).toEqual([]);
    expect(bodyOf(html).querySelectorAll("p")).toHaveLength(2);
    expect(bodyOf(html).querySelector("p")!.textContent).toBe(p);
  });
});
