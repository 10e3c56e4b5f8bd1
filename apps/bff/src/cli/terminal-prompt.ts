import { createInterface } from "node:readline";
import { Writable } from "node:stream";

export interface Prompt {
  /** True at a terminal; false when input is piped (a script), where questions are not printed. */
  readonly interactive: boolean;
  /** The next line of input; with `hidden`, nothing typed is echoed. Undefined at the end of input. */
  ask(question: string, options?: { hidden?: boolean }): Promise<string | undefined>;
  close(): void;
}

/**
 * Questions go to stderr, so that stdout carries only results. Lines are read through one async
 * iterator, which buffers: piped input that arrives in one chunk (`printf 'pw\npw\n'`) loses no line.
 */
export function createPrompt(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
  onInterrupt: () => void = () => process.exit(130),
): Prompt {
  const interactive = (input.isTTY as boolean | undefined) === true;
  let muted = false;
  // At a terminal readline echoes every key to its output: this gate keeps a password off the screen.
  const echo = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      if (!muted) output.write(chunk);
      done();
    },
  });
  // No history: the up arrow at "Repeat the password" must not fill in the first entry.
  const rl = createInterface({ input, output: echo, terminal: interactive, historySize: 0 });
  const lines = rl[Symbol.asyncIterator]();
  rl.on("SIGINT", () => {
    output.write("\n");
    rl.close();
    onInterrupt();
  });

  return {
    interactive,
    async ask(question, { hidden = false } = {}) {
      if (interactive) output.write(question);
      muted = hidden;
      try {
        const line = await lines.next();
        return line.done ? undefined : line.value;
      } finally {
        muted = false;
        if (interactive && hidden) output.write("\n");
      }
    },
    close: () => rl.close(),
  };
}
