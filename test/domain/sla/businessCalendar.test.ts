import {
  addBusinessMs,
  type BusinessCalendar,
  businessMsBetween,
  calendarProblems,
  HOUR_MS,
  mergeIntervals,
} from "../../../src/domain/sla/businessCalendar";

const at = (iso: string) => Date.parse(iso);
const hours = (ms: number) => ms / HOUR_MS;

const BERLIN: BusinessCalendar = {
  timeZone: "Europe/Berlin",
  workingDays: [1, 2, 3, 4, 5],
  dayStart: "09:00",
  dayEnd: "17:00",
  holidays: [],
};
const NEW_YORK: BusinessCalendar = { ...BERLIN, timeZone: "America/New_York" };

describe("business time between two instants", () => {
  it("counts only the working hours of one day", () => {
    // Tuesday 2026-03-10, Berlin is UTC+1: 08:00 UTC = 09:00 local.
    expect(hours(businessMsBetween(BERLIN, at("2026-03-10T07:00:00Z"), at("2026-03-10T20:00:00Z")))).toBe(8);
    expect(hours(businessMsBetween(BERLIN, at("2026-03-10T10:00:00Z"), at("2026-03-10T12:30:00Z")))).toBe(
      2.5,
    );
  });

  it("skips the weekend for a request submitted on Friday afternoon", () => {
    // Friday 2026-03-13 15:00 Berlin (14:00 UTC) → Monday 2026-03-16 11:00 Berlin (10:00 UTC): 2 h + 2 h.
    expect(hours(businessMsBetween(BERLIN, at("2026-03-13T14:00:00Z"), at("2026-03-16T10:00:00Z")))).toBe(4);
  });

  it("leaves a holiday out", () => {
    const withHoliday = { ...BERLIN, holidays: ["2026-03-11"] };
    // Tue 09:00 → Thu 09:00 local: Tuesday only (8 h), Wednesday is a holiday.
    expect(
      hours(businessMsBetween(withHoliday, at("2026-03-10T08:00:00Z"), at("2026-03-12T08:00:00Z"))),
    ).toBe(8);
  });

  it("keeps working hours on local time across Berlin's spring change (29 March 2026)", () => {
    // Friday 27 March 16:00 CET (15:00 UTC) → Monday 30 March 10:00 CEST (08:00 UTC): 1 h + 1 h.
    // The UTC span is 65 h, one hour short of the 66 h of wall-clock time: the zone data decides.
    expect(hours(businessMsBetween(BERLIN, at("2026-03-27T15:00:00Z"), at("2026-03-30T08:00:00Z")))).toBe(2);
    // Monday 30 March 09:00 local is 07:00 UTC after the change, not 08:00.
    expect(hours(businessMsBetween(BERLIN, at("2026-03-30T07:00:00Z"), at("2026-03-30T08:00:00Z")))).toBe(1);
  });

  it("keeps working hours on local time across New York's autumn change (1 November 2026)", () => {
    // Friday 30 Oct 16:00 EDT (20:00 UTC) → Monday 2 Nov 10:00 EST (15:00 UTC): 1 h + 1 h.
    expect(hours(businessMsBetween(NEW_YORK, at("2026-10-30T20:00:00Z"), at("2026-11-02T15:00:00Z")))).toBe(
      2,
    );
  });

  it("counts a working day that contains the change by the wall clock, not 24 h days", () => {
    // A calendar working every day 00:00-23:59: on 29 March 2026 Berlin has only 23 hours.
    const allDay: BusinessCalendar = { ...BERLIN, workingDays: [7], dayStart: "00:00", dayEnd: "23:59" };
    const sunday = businessMsBetween(allDay, at("2026-03-28T00:00:00Z"), at("2026-03-30T00:00:00Z"));
    expect(hours(sunday)).toBeCloseTo(22 + 59 / 60, 5);
  });

  it("is zero for an empty or reversed span", () => {
    expect(businessMsBetween(BERLIN, at("2026-03-10T10:00:00Z"), at("2026-03-10T10:00:00Z"))).toBe(0);
    expect(businessMsBetween(BERLIN, at("2026-03-10T12:00:00Z"), at("2026-03-10T10:00:00Z"))).toBe(0);
  });
});

describe("the instant a business span ends", () => {
  it("rolls over the weekend", () => {
    // Friday 15:00 Berlin + 4 business hours = Monday 11:00 Berlin.
    expect(new Date(addBusinessMs(BERLIN, at("2026-03-13T14:00:00Z"), 4 * HOUR_MS)!).toISOString()).toBe(
      "2026-03-16T10:00:00.000Z",
    );
  });

  it("starts at the next working window when begun outside one, and skips holidays", () => {
    const cal = { ...BERLIN, holidays: ["2026-03-11"] };
    // Tuesday 20:00 local + 1 h → Thursday 10:00 local (Wednesday is a holiday).
    expect(new Date(addBusinessMs(cal, at("2026-03-10T19:00:00Z"), HOUR_MS)!).toISOString()).toBe(
      "2026-03-12T09:00:00.000Z",
    );
  });

  it("lands on local time after a daylight-saving change", () => {
    // Friday 27 March 16:00 CET + 2 h → Monday 30 March 10:00 CEST = 08:00 UTC.
    expect(new Date(addBusinessMs(BERLIN, at("2026-03-27T15:00:00Z"), 2 * HOUR_MS)!).toISOString()).toBe(
      "2026-03-30T08:00:00.000Z",
    );
  });

  it("has no end on a calendar without working time", () => {
    expect(
      addBusinessMs({ ...BERLIN, workingDays: [] }, at("2026-03-10T10:00:00Z"), HOUR_MS),
    ).toBeUndefined();
  });
});

describe("calendar settings", () => {
  it("accepts a usable calendar", () => {
    expect(calendarProblems(BERLIN)).toEqual({});
  });

  it("names each unusable field", () => {
    expect(
      calendarProblems({
        timeZone: "Mars/Olympus",
        workingDays: [],
        dayStart: "9am",
        dayEnd: "17:00",
        holidays: ["2026-02-30", "2026-12-25"],
      }),
    ).toEqual({
      timeZone: '"Mars/Olympus" is not a time zone; use an IANA name such as Europe/Berlin.',
      workingDays: "Choose at least one working day.",
      dayStart: "Enter the start of the working day as HH:MM, e.g. 09:00.",
      holidays: "Write holidays as yyyy-mm-dd (not: 2026-02-30).",
    });
    expect(calendarProblems({ ...BERLIN, dayStart: "17:00", dayEnd: "09:00" }).dayEnd).toBe(
      "The working day must end after it starts.",
    );
  });
});

it("merges overlapping spans", () => {
  expect(
    mergeIntervals([
      { from: 5, to: 8 },
      { from: 1, to: 3 },
      { from: 2, to: 4 },
      { from: 9, to: 9 },
    ]),
  ).toEqual([
    { from: 1, to: 4 },
    { from: 5, to: 8 },
  ]);
});
