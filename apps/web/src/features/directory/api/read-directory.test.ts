import { describe, expect, it, vi } from "vitest";
import { ApiError, getErrorMessage } from "@/lib/errors";
import { indexDirectory, type IndexedEntry } from "@/lib/search-directory";
import { buildEntry, PEOPLE } from "@/testing/fixtures";
import { DirectoryAssembler } from "./get-directory";
import { loadDirectory, readDirectory, ROWS_PER_MESSAGE, type DirectoryMessage } from "./read-directory";

const bytes = (body: unknown) => new TextEncoder().encode(typeof body === "string" ? body : JSON.stringify(body)).buffer;

/** What the main thread makes of the worker's messages, as get-directory receives them. */
function assemble(messages: DirectoryMessage[]): IndexedEntry[] {
  const assembler = new DirectoryAssembler();
  let index: IndexedEntry[] | undefined;
  // Through a structured clone, as between the worker and the page.
  for (const message of messages) index = assembler.add(structuredClone(message));
  if (!index) throw new Error("no index");
  return index;
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("nothing was thrown");
}

const many = Array.from({ length: 1_234 }, (_, i) =>
  buildEntry({ loginId: `agent${i}`, firstName: `First${i % 7}`, lastName: `Last${(i * 7919) % 1_234}`, extension: String(1000 + i) }),
);

describe("reading the directory in the worker", () => {
  it("sends the index sorted by name, in slices small enough to receive in a short task", () => {
    const messages = readDirectory(bytes({ users: many }));
    const slices = messages.filter((m) => m.kind === "rows");
    expect(slices).toHaveLength(Math.ceil(many.length / ROWS_PER_MESSAGE));
    expect(slices.every((m) => m.rows.length <= ROWS_PER_MESSAGE)).toBe(true);
    expect(messages.at(-1)).toEqual({ kind: "done" });
    expect(assemble(messages)).toEqual(indexDirectory(many));
  });

  it("hands the page the contract's entries: what the contract does not know is left out", () => {
    const [first] = PEOPLE;
    const index = assemble(readDirectory(bytes({ users: [{ ...first, secret: "not for the page" }] })));
    expect(index.map((row) => row.entry)).toEqual([first]);
  });

  it("refuses an answer that breaks the contract, naming the entry as the answer has it", () => {
    const broken = [...PEOPLE.slice(0, 3), { ...PEOPLE[3], extension: 1042 }, ...PEOPLE.slice(4)];
    const error = thrownBy(() => assemble(readDirectory(bytes({ users: broken }))));
    expect(error).toMatchObject({ name: "ZodError", issues: [expect.objectContaining({ path: ["users", 3, "extension"] })] });
    expect(getErrorMessage(error)).toBe("The server sent an answer this version of Switchboard does not understand. Reload the page.");
  });

  it("refuses an answer that is not JSON, or not a list of people, as the contract does", () => {
    for (const body of ["<html>Gateway</html>", { people: PEOPLE }, { users: [null] }]) {
      expect(thrownBy(() => assemble(readDirectory(bytes(body))))).toMatchObject({ name: "ZodError" });
    }
  });
});

describe("downloading the directory in the worker", () => {
  it("asks for JSON with the session cookie of this origin only", async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response(JSON.stringify({ users: PEOPLE }), { headers: { "content-type": "application/json" } }));
    const index = assemble(await loadDirectory("/api/directory", { timeoutMs: 1_000, fetchImpl }));
    expect(index).toHaveLength(PEOPLE.length);
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe("/api/directory");
    expect(init).toMatchObject({ credentials: "same-origin", headers: { Accept: "application/json" } });
  });

  it("passes on the BFF's problem, which the page then shows", async () => {
    const problem = { type: "/problems/upstream-unavailable", title: "Bad Gateway", status: 502, detail: "The contact center did not answer." };
    const fetchImpl = async () => new Response(JSON.stringify(problem), { status: 502, headers: { "content-type": "application/problem+json" } });
    const messages = await loadDirectory("/api/directory", { timeoutMs: 1_000, fetchImpl });
    const failure = thrownBy(() => assemble(messages));
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 502, problem: { detail: "The contact center did not answer." } });
  });

  it("says whether the server was not reached or did not answer in time", async () => {
    const offline = await loadDirectory("/api/directory", { timeoutMs: 1_000, fetchImpl: () => Promise.reject(new TypeError("Failed to fetch")) });
    expect(thrownBy(() => assemble(offline))).toMatchObject({ status: null, timedOut: false });
    const slow = await loadDirectory("/api/directory", {
      timeoutMs: 1_000,
      fetchImpl: () => Promise.reject(new DOMException("signal timed out", "TimeoutError")),
    });
    const timedOut = thrownBy(() => assemble(slow));
    expect(getErrorMessage(timedOut)).toBe("Switchboard’s server did not answer in time. Try again in a moment.");
  });
});
