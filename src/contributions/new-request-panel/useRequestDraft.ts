import * as React from "react";

import type { LoadedSettings } from "../../ado/settingsStore";
import { emptyAccount } from "../../domain/requestFormat";
import type { Person, RequestDetails, RequestTypeKey } from "../../domain/requestTypes";
import { type FieldErrors, validateRequest } from "../../domain/validation";
import { blankRequest, copyRequest, localToday } from "./requestDraft";

const PAST_DATE = /confirm the past date or correct it/;

export interface RequestDraft {
  details: RequestDetails;
  errors: FieldErrors;
  /** The message to show for `path`: once the field was touched, or the person tried to submit. */
  shown(path: string): string | undefined;
  touch(path: string): void;
  /** Changes the request (on a copy) and marks the field at `path` touched. */
  update(path: string, change: (details: RequestDetails) => void): void;
  /** Another request type starts its accounts afresh; service, client and notes stay. */
  changeType(type: RequestTypeKey): void;
  addAccount(): void;
  removeAccount(index: number): void;
  /** A past effective date was typed (or confirmed): the confirmation tick is offered. */
  pastDate: boolean;
  allowPast: boolean;
  setAllowPast(allow: boolean): void;
  attempted: boolean;
  setAttempted(attempted: boolean): void;
}

/** The request being typed, what is wrong with it and what of that to show yet. */
export function useRequestDraft(settings: LoadedSettings, client: Person, now: () => Date): RequestDraft {
  const services = settings.settings.services;
  const [details, setDetails] = React.useState<RequestDetails>(() =>
    blankRequest("invite", services.length === 1 ? services[0] : "", client),
  );
  const [touched, setTouched] = React.useState<Set<string>>(() => new Set());
  const [attempted, setAttempted] = React.useState(false);
  const [allowPast, setAllowPast] = React.useState(false);

  const errors = validateRequest(details, {
    today: localToday(now()),
    allowPastEffectiveDate: allowPast,
    services: services.length ? services : undefined,
  });
  const touch = (path: string) => setTouched((prev) => (prev.has(path) ? prev : new Set(prev).add(path)));
  return {
    details,
    errors,
    shown: (path) => (attempted || touched.has(path) ? errors[path] : undefined),
    touch,
    update: (path, change) => {
      // Applied now, not in a state updater: React 16 reuses the event object once the handler returns.
      const next = copyRequest(details);
      change(next);
      setDetails(next);
      touch(path);
    },
    changeType: (type) =>
      setDetails((prev) => ({ ...blankRequest(type, prev.service, prev.client), notes: prev.notes })),
    addAccount: () =>
      setDetails((prev) => {
        const next = copyRequest(prev);
        (next.accounts as unknown[]).push(emptyAccount(prev.type));
        return next;
      }),
    removeAccount: (index) =>
      setDetails((prev) => {
        const next = copyRequest(prev);
        next.accounts.splice(index, 1);
        return next;
      }),
    pastDate: allowPast || Object.values(errors).some((e) => PAST_DATE.test(e)),
    allowPast,
    setAllowPast,
    attempted,
    setAttempted,
  };
}
