/**
 * A failure the simulated tenant reports the way a real one does: an HTTP status and a short
 * text body (`user team not found`, `Request Failed`).
 */
export class ApiError extends Error {
  readonly status: number;

  constructor(status: number, text: string) {
    super(text);
    this.name = "ApiError";
    this.status = status;
  }
}

export const notFound = (text: string): ApiError => new ApiError(404, text);
export const badRequest = (text: string): ApiError => new ApiError(400, text);
export const conflict = (text: string): ApiError => new ApiError(409, text);
