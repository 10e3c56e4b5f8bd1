// The directory, downloaded and read off the main thread: 20,000 people are 2.6 MB of JSON,
// received, parsed and indexed for searching here, so that the page never waits on them; the
// main thread checks them against the contract as they come, in slices (decision 025).
import { loadDirectory } from "./read-directory";

export type DirectoryRequest = { url: string; timeoutMs: number };

addEventListener("message", (event: MessageEvent<DirectoryRequest>) => {
  void loadDirectory(event.data.url, { timeoutMs: event.data.timeoutMs }).then((messages) => {
    for (const message of messages) postMessage(message);
  });
});
