import * as React from "react";

/**
 * A control whose code is loaded when the person comes to it (pointer over it, or focus), not with the
 * frame: a form panel loads on every work item anyone opens, and most never change who gets the task.
 * Until then a stand-in shows the value, looks like the field and carries the same accessible name; once
 * the real control is in, it takes the stand-in's place and its focus.
 */
export function OnDemand<P extends object>(props: {
  load: () => Promise<{ default: React.ComponentType<P> }>;
  props: P;
  ariaLabel: string;
  /** What the field shows before it is loaded (the current value). */
  display: string;
  disabled?: boolean;
}): React.ReactElement {
  const [Loaded, setLoaded] = React.useState<React.ComponentType<P> | undefined>(undefined);
  const focused = React.useRef(false);
  const box = React.useRef<HTMLDivElement>(null);
  const started = React.useRef(false);
  const { load } = props;
  const request = React.useCallback(() => {
    if (started.current) return;
    started.current = true;
    void load().then((m) => setLoaded(() => m.default));
  }, [load]);
  React.useEffect(() => {
    // The person was on the stand-in: the real control's field takes the focus.
    if (Loaded && focused.current)
      box.current?.querySelector<HTMLElement>("input, button, [tabindex]")?.focus();
  }, [Loaded]);
  if (Loaded)
    return (
      <div ref={box}>
        <Loaded {...props.props} />
      </div>
    );
  return (
    <div className="umd-on-demand" onMouseEnter={request}>
      <input
        aria-label={props.ariaLabel}
        value={props.display}
        readOnly
        disabled={props.disabled}
        onFocus={() => {
          focused.current = true;
          request();
        }}
        onBlur={() => (focused.current = false)}
        onPointerDown={request}
      />
    </div>
  );
}
