import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import { describeError } from "../../ado/restErrors";

export interface IdentityPickerProps {
  /** The DOM id of the search box. */
  id: string;
  /** The search box's label, e.g. "Find a staff member". */
  label: string;
  /** The verb on each result, e.g. "Add" or "Choose": the result's accessible name is "Add Remi Laurent (…)". */
  verb: string;
  search(text: string): Promise<Identity[]>;
  onPick(person: Identity): void;
  /** People already chosen, left out of the results. */
  exclude?: string[];
  disabled?: boolean;
}

export const personText = (p: { displayName: string; uniqueName: string }): string =>
  p.uniqueName && p.uniqueName !== p.displayName ? `${p.displayName} (${p.uniqueName})` : p.displayName;

/**
 * Finds organization members by name or e-mail (Enter or the Search button) and lists them with their
 * e-mail, each as a button. Only members can be mentioned and mailed, so only members are offered.
 */
export function IdentityPicker({
  id,
  label,
  verb,
  search,
  onPick,
  exclude = [],
  disabled,
}: IdentityPickerProps): React.ReactElement {
  const [text, setText] = React.useState("");
  const [results, setResults] = React.useState<Identity[]>([]);
  const [status, setStatus] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const generation = React.useRef(0);
  const statusId = `${id}-status`;

  const run = async () => {
    const query = text.trim();
    if (!query) {
      setStatus("Type part of a name or e-mail address first.");
      return;
    }
    const mine = ++generation.current;
    setBusy(true);
    setStatus(`Searching for "${query}"…`);
    try {
      const found = (await search(query)).filter((p) => !exclude.includes(p.id));
      if (mine !== generation.current) return;
      setResults(found);
      setStatus(
        found.length === 0
          ? `No organization member matches "${query}"${exclude.length ? " who is not already chosen" : ""}.`
          : `${found.length} ${found.length === 1 ? "person matches" : "people match"} "${query}".`,
      );
    } catch (e) {
      if (mine !== generation.current) return;
      setResults([]);
      setStatus(describeError(e, "search for people"));
    } finally {
      if (mine === generation.current) setBusy(false);
    }
  };

  const pick = (p: Identity) => {
    generation.current++;
    onPick(p);
    setResults([]);
    setText("");
    setBusy(false);
    setStatus(`${verb === "Add" ? "Added" : "Chose"} ${p.displayName}.`);
  };

  return (
    <div className="umd-picker">
      <label htmlFor={id} className="umd-setting-label">
        {label}
      </label>
      <div className="umd-inline">
        <input
          id={id}
          type="search"
          value={text}
          disabled={disabled}
          placeholder="Name or e-mail"
          aria-describedby={statusId}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              void run();
            }
          }}
        />
        <Button
          text="Search"
          ariaLabel={`Search: ${label}`}
          disabled={disabled || busy}
          onClick={() => void run()}
        />
      </div>
      <span id={statusId} className="secondary-text body-s" role="status" aria-live="polite">
        {status}
      </span>
      {results.length > 0 && (
        <ul className="umd-picker-results" aria-label={`Search results: ${label}`}>
          {results.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="umd-picker-result"
                aria-label={`${verb} ${personText(p)}`}
                onClick={() => pick(p)}
              >
                <span className="umd-person-name">{p.displayName}</span>{" "}
                <span className="secondary-text">{p.uniqueName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
