import { Choice, type ChoiceProps } from "./Choice";

/** Choice as a module of its own, for OnDemand. */
export default Choice;
export type { ChoiceProps };
