import { Link } from "react-router";

/** "Parent / this page": the way back up from a page below a list. */
export function Breadcrumb({ parent, current }: { parent: { label: string; href: string }; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-2 text-sm">
      <Link to={parent.href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
        {parent.label}
      </Link>
      <span aria-hidden="true" className="px-2 text-slate-500">
        /
      </span>
      <span aria-current="page" className="text-slate-700">
        {current}
      </span>
    </nav>
  );
}
