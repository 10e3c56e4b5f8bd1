import type { z } from "zod";
import { BpccError } from "./errors.ts";

/** Reads a 2xx body; a body we cannot read is the upstream's fault, reported without its content. */
export function parseResponse<Schema extends z.ZodType>(
  schema: Schema,
  reply: { status: number; body: string },
  operation: string,
): z.output<Schema> {
  const { status } = reply;
  let json: unknown;
  try {
    json = JSON.parse(reply.body);
  } catch {
    throw new BpccError(`BPCC ${operation} answered with a body that is not JSON`, { kind: "upstream", status });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new BpccError(`BPCC ${operation} answered with an unexpected shape: ${describeIssues(result.error)}`, {
      kind: "upstream",
      status,
    });
  }
  return result.data;
}

/** Checks what a caller asked to send before anything leaves; a bad input is never sent upstream. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, operation: string): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new BpccError(`Invalid input to BPCC ${operation}: ${describeIssues(result.error)}`, { kind: "validation" });
  }
  return result.data;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}
