import { Button } from "azure-devops-ui/Button";
import * as React from "react";

import { describeError } from "../../ado/restErrors";
import type { DeskServices } from "../../workflow/deskServices";
import { loadMyRequests, type MyRequest } from "../../workflow/myRequests";
import type { PanelUi } from "./panelUi";

/**
 * On the form, where a Stakeholder client can reach it (extension hubs do not load for Stakeholders): their
 * own requests, and New request in their own name.
 */
export function MyRequestsSection(props: {
  services: DeskServices;
  requestTag: string;
  currentId: number;
  ui: PanelUi;
}): React.ReactElement {
  const { services, requestTag, ui } = props;
  const [list, setList] = React.useState<MyRequest[] | string | undefined>();
  const [filed, setFiled] = React.useState<string | undefined>();
  React.useEffect(() => {
    let live = true;
    loadMyRequests(services, requestTag).then(
      (l) => live && setList(l),
      (e: unknown) => live && setList(describeError(e, "list your requests")),
    );
    return () => {
      live = false;
    };
  }, [services, requestTag]);
  const newRequest = async () => {
    const result = await ui.openNewRequest();
    if (result) {
      setFiled(result.outcome.message);
      setList(
        await loadMyRequests(services, requestTag).catch((e: unknown) =>
          describeError(e, "list your requests"),
        ),
      );
    }
  };
  return (
    <section aria-label="My requests" className="flex-column umd-gap-4">
      <div className="umd-section-title">My requests</div>
      {filed && (
        <span role="status" className="body-s">
          {filed}
        </span>
      )}
      {list === undefined ? (
        <span className="secondary-text body-s">Loading your requests…</span>
      ) : typeof list === "string" ? (
        <span className="secondary-text body-s">{list}</span>
      ) : list.length === 0 ? (
        <span className="secondary-text body-s">You have filed no request yet.</span>
      ) : (
        <ul className="umd-list">
          {list.map((r) => (
            <li key={r.id}>
              {r.id === props.currentId ? (
                <span>{`#${r.id} ${r.title} (this request)`}</span>
              ) : (
                <a
                  href="#"
                  onClick={(e) => {
                    e.preventDefault();
                    ui.openWorkItem(r.id);
                  }}
                >{`#${r.id} ${r.title}`}</a>
              )}{" "}
              <span className="secondary-text body-s">{r.state}</span>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button text="New request" iconProps={{ iconName: "Add" }} onClick={() => void newRequest()} />
      </div>
    </section>
  );
}
