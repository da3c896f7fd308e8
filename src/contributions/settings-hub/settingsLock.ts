/**
 * Whether the settings on screen are locked: while a save is under way, and always for someone who may only
 * read them. Every control of the page reads it, so none is left editable (an azure-devops-ui Checkbox is
 * not a form element, and a fieldset's disabled does not reach it).
 */
import * as React from "react";

export const SettingsLock = React.createContext(false);

export const useSettingsLocked = (): boolean => React.useContext(SettingsLock);
