import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import { type ITableColumn, Table } from "azure-devops-ui/Table";
import { ArrayItemProvider } from "azure-devops-ui/Utilities/Provider";
import * as React from "react";

import type { Identity } from "../../ado/identities";
import { Loading } from "../../components/Loading";
import { type CommentsReader, latestMessageTo } from "../../workflow/clientView";
import { formatWhen } from "../../workflow/format";
import { formatDuration, type QueueRow } from "../../workflow/queue";
import { cellOf, WorkItemLink } from "./QueueTable";

type Message = { text: string; by: string; at: string } | undefined | "unavailable";

/** Reads each request's newest comments once, a few requests at a time, only for rows on screen. */
function useLatestMessages(comments: CommentsReader, me: Identity) {
  const cache = React.useRef(new Map<number, Promise<Message>>());
  const queue = React.useRef<(() => void)[]>([]);
  const running = React.useRef(0);
  return React.useCallback(
    (id: number): Promise<Message> => {
      const found = cache.current.get(id);
      if (found) return found;
      const next = () => {
        const start = queue.current.shift();
        if (start) start();
      };
      const promise = new Promise<Message>((resolve) => {
        const start = () => {
          running.current++;
          comments
            .newest(id, 10)
            .then(
              (list) => resolve(latestMessageTo(list, me)),
              () => resolve("unavailable"),
            )
            .finally(() => {
              running.current--;
              next();
            });
        };
        if (running.current < 4) start();
        else queue.current.push(start);
      });
      cache.current.set(id, promise);
      return promise;
    },
    [comments, me],
  );
}

function LatestMessage({ id, read }: { id: number; read(id: number): Promise<Message> }): React.ReactElement {
  const [message, setMessage] = React.useState<Message | "loading">("loading");
  React.useEffect(() => {
    let live = true;
    void read(id).then((m) => live && setMessage(m));
    return () => {
      live = false;
    };
  }, [id, read]);
  if (message === "loading") return <span className="secondary-text">…</span>;
  if (message === "unavailable") return <span className="secondary-text">Not available</span>;
  if (!message) return <span className="secondary-text">No message yet</span>;
  return (
    <span className="umd-latest-message" title={`${message.by}, ${formatWhen(message.at)}`}>
      {message.text}
    </span>
  );
}

/** A client's own requests: stage and the desk's latest message. Never staff tasks or other clients. */
export function ClientRequests(props: {
  rows: QueueRow[] | undefined;
  filtered: QueueRow[];
  filterActive: boolean;
  now: Date;
  me: Identity;
  comments: CommentsReader;
  workItemUrl(id: number): string;
  onOpen(id: number): void;
}): React.ReactElement {
  const { rows, filtered, now } = props;
  const read = useLatestMessages(props.comments, props.me);
  const provider = React.useMemo(() => new ArrayItemProvider(filtered), [filtered]);
  if (rows === undefined) return <Loading label="Loading your requests…" />;
  if (rows.length === 0)
    return (
      <div className="umd-empty" role="status">
        <MessageCard severity={MessageCardSeverity.Info}>
          You have no requests yet. Choose New request to ask for a new account, a reset, a reassignment or a
          removal.
        </MessageCard>
      </div>
    );
  if (filtered.length === 0)
    return (
      <div className="umd-empty" role="status">
        <span className="secondary-text">No request matches the filter.</span>
      </div>
    );
  const cell = (render: (r: QueueRow) => React.ReactNode) => cellOf<QueueRow>(render);
  const columns: ITableColumn<QueueRow>[] = [
    {
      id: "id",
      name: "ID",
      width: 80,
      renderCell: cell((r) => <WorkItemLink id={r.id} url={props.workItemUrl(r.id)} onOpen={props.onOpen} />),
    },
    { id: "title", name: "Title", width: -100, renderCell: cell((r) => r.title) },
    { id: "type", name: "Request type", width: 170, renderCell: cell((r) => r.typeLabel || "—") },
    { id: "service", name: "Service", width: 140, renderCell: cell((r) => r.service || "—") },
    { id: "stage", name: "Stage", width: 120, renderCell: cell((r) => r.stage) },
    {
      id: "age",
      name: "Submitted",
      width: 100,
      renderCell: cell((r) => `${formatDuration(r.createdDate, now)} ago`),
    },
    {
      id: "message",
      name: "Latest message",
      width: -100,
      renderCell: cell((r) => <LatestMessage id={r.id} read={read} />),
    },
  ];
  return (
    <Table<QueueRow>
      ariaLabel="My requests"
      columns={columns}
      itemProvider={provider}
      containerClassName="umd-client-table"
      showLines
    />
  );
}
