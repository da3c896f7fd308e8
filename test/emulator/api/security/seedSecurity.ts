/**
 * The seeded security of every project, as a project created in Azure DevOps has it plus the desk's client
 * setup: Project Administrators may do everything, Contributors read and edit work items in every area,
 * Readers read them; each client organization's group reads and edits its own area and is denied the other
 * clients' areas; the Clients group has no area permission of its own, so nothing at the project root or
 * directly under Clients is visible to a client.
 */
import { identityDescriptorOf, USERS } from "../model/identities";
import { type ProjectDef } from "../model/processes";
import { areaNode, areaNodes } from "./areas";
import {
  ALL_BITS,
  CSS,
  CSS_NAMESPACE,
  PROJECT,
  PROJECT_NAMESPACE,
  projectToken,
  TAGGING,
  TAGGING_NAMESPACE,
  taggingToken,
} from "./namespaces";
import { CLIENT_ORGANIZATIONS, PROJECT_GROUPS, VALID_USERS } from "./principals";
import { type Security } from "./security";

const WORK_ITEMS = CSS.WORK_ITEM_READ | CSS.WORK_ITEM_WRITE;

export function seedSecurity(security: Security): void {
  for (const project of security.projects) seedProject(security, project);
  for (const user of USERS) security.setAccessLevel(user, user.accessLevel);
  security.markSeeded();
}

function seedProject(security: Security, project: ProjectDef): void {
  const g = (account: string) => security.group(project, account);
  const valid = g(VALID_USERS);
  for (const account of PROJECT_GROUPS) security.addMember(valid, g(account).descriptor);
  for (const user of USERS) {
    security.addMember(g(user.group), identityDescriptorOf(user));
    if (user.client) security.addMember(g(user.client), identityDescriptorOf(user));
  }
  // Every client organization's group is inside Clients, so "a client" is one group to look up.
  for (const client of CLIENT_ORGANIZATIONS) security.addMember(g("Clients"), g(client).descriptor);

  const projectAcl = (account: string, allow: number) =>
    security.setAce(PROJECT_NAMESPACE, projectToken(project.id), g(account).descriptor, { allow, deny: 0 });
  projectAcl("Project Administrators", ALL_BITS(PROJECT));
  projectAcl(
    "Contributors",
    PROJECT.GENERIC_READ |
      PROJECT.PUBLISH_TEST_RESULTS |
      PROJECT.VIEW_TEST_RESULTS |
      PROJECT.DELETE_TEST_RESULTS |
      PROJECT.WORK_ITEM_DELETE,
  );
  projectAcl("Readers", PROJECT.GENERIC_READ | PROJECT.VIEW_TEST_RESULTS);
  // "Project Valid Users: default permissions primarily limited to read access, such as View project-level
  // information" (Microsoft's "About permissions", Valid user groups).
  projectAcl(VALID_USERS, PROJECT.GENERIC_READ);

  // "Create tag definition": Contributors (and administrators) have it, Project Valid Users does not
  // (MicrosoftDocs/azure-devops-docs#5070); everyone in the project may list tags.
  const tagAcl = (account: string, allow: number) =>
    security.setAce(TAGGING_NAMESPACE, taggingToken(project.id), g(account).descriptor, { allow, deny: 0 });
  tagAcl("Project Administrators", ALL_BITS(TAGGING));
  tagAcl("Contributors", TAGGING.Enumerate | TAGGING.Create);
  tagAcl(VALID_USERS, TAGGING.Enumerate);

  const root = areaNodes(project)[0];
  const areaAcl = (token: string, account: string, allow: number, deny = 0) =>
    security.setAce(CSS_NAMESPACE, token, g(account).descriptor, { allow, deny });
  areaAcl(root.token, "Project Administrators", ALL_BITS(CSS));
  areaAcl(
    root.token,
    "Contributors",
    CSS.GENERIC_READ |
      WORK_ITEMS |
      CSS.WORK_ITEM_SAVE_COMMENT |
      CSS.MANAGE_TEST_PLANS |
      CSS.MANAGE_TEST_SUITES,
  );
  areaAcl(root.token, "Readers", CSS.GENERIC_READ | CSS.WORK_ITEM_READ);
  for (const client of CLIENT_ORGANIZATIONS) {
    const own = areaNode(project, `${project.name}\\Clients\\${client}`)!;
    areaAcl(own.token, client, WORK_ITEMS);
    for (const other of CLIENT_ORGANIZATIONS.filter((c) => c !== client)) {
      const theirs = areaNode(project, `${project.name}\\Clients\\${other}`)!;
      areaAcl(theirs.token, client, 0, WORK_ITEMS);
    }
  }
}
