const FIRST_EXTENSION = 1000;

/**
 * Which extensions are in use, and the next one to hand out when a create names none. The
 * lowest free number is reused first, as a PBX administrator would; the hint keeps that cheap
 * on a 50,000-user tenant.
 */
export class ExtensionPool {
  private readonly taken: Set<string>;
  private lowestFreeHint = FIRST_EXTENSION;

  constructor(extensions: Iterable<string>) {
    this.taken = new Set(extensions);
  }

  has(extension: string): boolean {
    return this.taken.has(extension);
  }

  claim(extension: string): void {
    this.taken.add(extension);
  }

  release(extension: string): void {
    this.taken.delete(extension);
    const value = Number(extension);
    if (Number.isInteger(value) && value >= FIRST_EXTENSION && value < this.lowestFreeHint) this.lowestFreeHint = value;
  }

  allocate(): string {
    let value = this.lowestFreeHint;
    while (this.taken.has(String(value))) value++;
    const extension = String(value);
    this.taken.add(extension);
    this.lowestFreeHint = value + 1;
    return extension;
  }
}
