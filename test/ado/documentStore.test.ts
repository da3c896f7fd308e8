import { createDocumentStore, type ExtensionDataManager } from "../../src/ado/documentStore";

/**
 * A data manager as Azure DevOps answers: a GET of a document that was never written is a 404 (which the
 * browser logs as a console error); a query of collections answers a missing collection with no documents.
 */
function manager(collections: Record<string, Record<string, unknown>[]>) {
  const calls: string[] = [];
  const m: ExtensionDataManager = {
    async getDocument(collection, id) {
      calls.push(`GET ${collection}/${id}`);
      const doc = collections[collection]?.find((d) => d.id === id);
      if (!doc) throw Object.assign(new Error("Document not found"), { status: 404 });
      return doc;
    },
    async createDocument() {
      throw new Error("not used");
    },
    async updateDocument() {
      throw new Error("not used");
    },
    async queryCollectionsByName(names) {
      calls.push(`QUERY ${names.join(",")}`);
      return names.map((collectionName) => ({
        collectionName,
        documents: collections[collectionName] ?? null,
      }));
    },
  };
  return { m, calls };
}

describe("reading one extension data document", () => {
  it("a project with no settings yet reads as nothing stored, by a query that cannot answer 404", async () => {
    const { m, calls } = manager({});
    const store = createDocumentStore<{ a: number }>("project-settings", "These settings", async () => m);
    await expect(store.read("p1")).resolves.toEqual({ value: undefined, etag: undefined });
    expect(calls).toEqual(["QUERY project-settings"]);
  });

  it("a stored document comes back with its etag, and another project's document is not taken for it", async () => {
    const { m } = manager({
      "project-settings": [
        { id: "p2", value: { a: 2 }, __etag: 7 },
        { id: "p1", value: { a: 1 }, __etag: 3 },
      ],
    });
    const store = createDocumentStore<{ a: number }>("project-settings", "These settings", async () => m);
    await expect(store.read("p1")).resolves.toEqual({ value: { a: 1 }, etag: 3 });
    await expect(store.read("p3")).resolves.toEqual({ value: undefined, etag: undefined });
  });
});
