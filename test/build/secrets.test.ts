/**
 * No secret in what ships: the built bundles, pages and manifest hold no token, no PAT-looking string and no
 * bearer credential, and the source reads the token only from the host at run time.
 */
import * as fs from "fs";
import * as path from "path";

import { secretsIn } from "../support/secrets";
import { filesUnder } from "./filesUnder";

const root = path.join(__dirname, "..", "..");

describe("no secret ships", () => {
  it("the patterns catch what they are for", () => {
    expect(secretsIn('headers.Authorization = "Bearer emu_dW1kLWVtdWxhdG9yOmhvbGx5Ojg"')).toHaveLength(2);
    expect(secretsIn(`token: "${"a".repeat(21)}2345672345672345672345672345672"`)).toHaveLength(1);
    expect(secretsIn("headers.Authorization = `Bearer ${token}`")).toEqual([]);
  });

  it("the built bundles, pages, styles and manifest hold none", () => {
    const built = [
      ...filesUnder(path.join(root, "dist", "web")),
      path.join(root, "dist", "vss-extension.json"),
    ].filter((f) => /\.(js|html|css|json|map|txt)$/.test(f));
    expect(built.length).toBeGreaterThan(5);
    const found = built.flatMap((f) =>
      secretsIn(fs.readFileSync(f, "utf8")).map((s) => `${path.relative(root, f)}: ${s}`),
    );
    expect(found).toEqual([]);
  });

  it("the source takes the token only from the host, at run time", () => {
    const offenders = filesUnder(path.join(root, "src"))
      .filter((f) => /\.tsx?$/.test(f))
      .filter(
        (f) =>
          secretsIn(fs.readFileSync(f, "utf8")).length > 0 ||
          /localStorage|sessionStorage|document\.cookie/.test(fs.readFileSync(f, "utf8")),
      );
    expect(offenders).toEqual([]);
  });
});
