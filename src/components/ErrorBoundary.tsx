import { MessageCard, MessageCardSeverity } from "azure-devops-ui/MessageCard";
import * as React from "react";

interface ErrorBoundaryState {
  message?: string;
}

/** Last line of defence: an unexpected render error becomes a readable message, never a blank frame. */
export class ErrorBoundary extends React.Component<React.PropsWithChildren<unknown>, ErrorBoundaryState> {
  public state: ErrorBoundaryState = {};

  public static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  public render(): React.ReactNode {
    if (this.state.message === undefined) return this.props.children;
    return (
      <MessageCard severity={MessageCardSeverity.Error}>
        User Management Desk could not show this view: {this.state.message}. Reload the page; if it happens
        again, report it with this message.
      </MessageCard>
    );
  }
}
