import { StandInPage } from "@/components/layouts/stand-in-page";

export default function NotFoundRoute() {
  return <StandInPage title="Page not found">There is no page at this address.</StandInPage>;
}
