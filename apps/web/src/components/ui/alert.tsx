import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/**
 * The one way the SPA shows a failure in place: a bordered box, read out as soon as it appears
 * (role="alert"), with an optional action such as "Try again".
 */
export function Alert({
  title,
  children,
  action,
  className,
}: {
  title?: string;
  children: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div
      role="alert"
      className={cn("rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900", className)}
    >
      {title && <p className="font-semibold">{title}</p>}
      <div className={cn(title && "mt-1")}>{children}</div>
      {action && <div className="mt-3">{action}</div>}
    </div>
  );
}
