/** Shown on every page while the BFF runs against its simulated tenant. */
export function DemoBanner({ demo }: { demo: boolean }) {
  if (!demo) return null;
  return (
    <section
      aria-label="Demo mode"
      className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-center text-sm text-amber-950"
    >
      <p>
        <strong className="font-semibold">Demo mode:</strong> Switchboard runs against a simulated
        tenant. No real contact center is changed.
      </p>
    </section>
  );
}
