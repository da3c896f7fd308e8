import { Header, TitleSize } from "azure-devops-ui/Header";
import { Page } from "azure-devops-ui/Page";
import * as React from "react";

/** The hub's page: its one title, then the content. */
export function HubPage({
  title,
  children,
}: {
  title: string;
  children: React.ReactNode;
}): React.ReactElement {
  return (
    <Page className="umd-hub flex-grow">
      <Header title={title} titleSize={TitleSize.Large} />
      <div className="page-content page-content-top flex-column umd-hub-body">{children}</div>
    </Page>
  );
}
