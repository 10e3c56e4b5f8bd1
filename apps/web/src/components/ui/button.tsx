import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { Spinner } from "./spinner";

const variants = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 active:bg-brand-900",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 active:bg-slate-100",
  ghost: "text-slate-700 hover:bg-slate-100 hover:text-slate-900 active:bg-slate-200",
  /** The confirming button of something that cannot be undone (remove, disable). */
  danger: "bg-red-700 text-white hover:bg-red-800 active:bg-red-900",
} as const;

const sizes = {
  md: "min-h-10 px-4 text-sm",
  sm: "min-h-8 px-3 text-sm",
  icon: "size-8 justify-center",
} as const;

export type ButtonProps = ComponentProps<"button"> & {
  variant?: keyof typeof variants;
  size?: keyof typeof sizes;
  /**
   * Shows a spinner and ignores clicks. The button stays focusable (aria-disabled, not disabled)
   * so keyboard focus is not thrown back to the page while a request runs.
   */
  isPending?: boolean;
};

/** A button's look, for a link that acts as one (a navigation to another site, e.g. single sign-on). */
export function buttonClassName({ variant = "primary", size = "md" }: { variant?: keyof typeof variants; size?: keyof typeof sizes } = {}): string {
  return cn(
    "inline-flex items-center gap-2 rounded-md font-medium transition-colors",
    "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600",
    variants[variant],
    sizes[size],
  );
}

export function Button({
  variant = "primary",
  size = "md",
  isPending = false,
  className,
  type = "button",
  onClick,
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      aria-disabled={isPending || undefined}
      onClick={(event) => {
        if (isPending) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      className={cn(buttonClassName({ variant, size }), "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-progress", className)}
      {...props}
    >
      {isPending && <Spinner />}
      {children}
    </button>
  );
}
