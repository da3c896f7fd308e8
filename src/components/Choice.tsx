import { Dropdown } from "azure-devops-ui/Dropdown";
import { FormItemContext } from "azure-devops-ui/FormItem";
import type { IListBoxItem } from "azure-devops-ui/ListBox";
import { DropdownSelection } from "azure-devops-ui/Utilities/DropdownSelection";
import * as React from "react";

export interface ChoiceOption {
  id: string;
  text: string;
}

export interface ChoiceProps {
  /** The accessible name (the visible label is the FormItem's around it). */
  ariaLabel: string;
  value: string;
  options: ChoiceOption[];
  /** What the control says while nothing is chosen (e.g. "Choose a service…"). */
  placeholder?: string;
  disabled?: boolean;
  className?: string;
  onChange(id: string): void;
}

/**
 * One choice from a list, as azure-devops-ui's Dropdown (the look of every Azure DevOps picker), held to
 * `value`: the Dropdown keeps its selection in an object of its own, so it follows the value we pass.
 */
export function Choice(props: ChoiceProps): React.ReactElement {
  const selection = React.useMemo(() => new DropdownSelection(), []);
  const index = props.options.findIndex((o) => o.id === props.value);
  React.useEffect(() => {
    if (index < 0) selection.clear();
    else if (!selection.selected(index)) selection.select(index);
  }, [selection, index]);
  // Inside a FormItem, its message (an inline error) describes the control, as it does a TextField.
  const formItem = React.useContext(FormItemContext);
  const items: IListBoxItem[] = props.options.map((o) => ({ id: o.id, text: o.text }));
  return (
    <Dropdown
      ariaLabel={props.ariaLabel}
      ariaDescribedBy={formItem.ariaDescribedById}
      placeholder={props.placeholder}
      className={props.className}
      disabled={props.disabled}
      items={items}
      selection={selection}
      onSelect={(_e, item) => props.onChange(item.id)}
    />
  );
}
