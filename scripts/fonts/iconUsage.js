// Which icons the extension can show. azure-devops-ui's FluentIcons.css maps every icon name to a font
// family and a code point (`.ms-Icon--Add:before { font-family: "FluentRegular"; content: "\f109"; }`); an
// icon is shown by giving a component that name as a string literal (iconProps: { iconName: "Add" }, or
// azure-devops-ui's own `iconName: sortAscending ? "SortUp" : "SortDown"`). Every literal that is an icon
// name, in our sources or anywhere in azure-devops-ui, counts: a superset of what can appear on screen.
const fs = require("fs");
const path = require("path");

/** Icon name → { font, codePoint } from an icon stylesheet; rules may list several selectors. */
function parseIconCss(css) {
  const icons = new Map();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  for (const rule of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const font = /font-family:\s*["']?([\w -]+?)["']?\s*(;|$)/.exec(rule[2]);
    const content = /content:\s*["']\\([0-9a-fA-F]+)["']/.exec(rule[2]);
    if (!font || !content) continue;
    for (const selector of rule[1].split(",")) {
      const name = /\.ms-Icon--([\w-]+)::?before\s*$/.exec(selector.trim());
      if (name) icons.set(name[1], { font: font[1], codePoint: parseInt(content[1], 16) });
    }
  }
  return icons;
}

/** Files below `dir` whose names match `pattern`, skipping nested node_modules. */
function filesUnder(dir, pattern) {
  const found = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(full);
      } else if (pattern.test(entry.name)) found.push(full);
    }
  };
  walk(dir);
  return found.sort();
}

/** Names of `icons` that occur as string literals (or as ms-Icon--<name> classes) in `files`. */
function usedIconNames(icons, files) {
  const used = new Set();
  for (const file of files) {
    const source = fs.readFileSync(file, "utf8");
    for (const m of source.matchAll(/["'`]([A-Za-z][\w-]*)["'`]|ms-Icon--([\w-]+)/g)) {
      const name = m[1] ?? m[2];
      if (icons.has(name)) used.add(name);
    }
  }
  return [...used].sort();
}

module.exports = { filesUnder, parseIconCss, usedIconNames };
