import type { Device } from "@switchboard/contracts";
import { Badge } from "@/components/ui/badge";
import { formatPhoneNumber, phoneHref } from "@/lib/phone-number";
import { Detail, DetailsList, NotReported, Section } from "./details-list";

const linkClass = "font-medium text-brand-700 underline-offset-2 hover:underline whitespace-nowrap tabular-nums";

/** Yes, no, or not reported: the platform may leave any of a device's flags out. */
export function OnOff({ value, on, off }: { value: boolean | null; on: string; off: string }) {
  if (value === null) return <NotReported />;
  return value ? <Badge tone="warning">{on}</Badge> : <>{off}</>;
}

function DeviceDetails({ device }: { device: Device }) {
  return (
    <DetailsList>
      <Detail term="Number">
        {device.phoneNumber ? (
          <a href={phoneHref(device.phoneNumber)} className={linkClass}>
            {formatPhoneNumber(device.phoneNumber)}
          </a>
        ) : (
          <NotReported />
        )}
      </Detail>
      <Detail term="State">
        {device.active === null ? <NotReported /> : device.active ? <Badge tone="success">Active</Badge> : "Not active"}
      </Detail>
      <Detail term="Do not disturb">
        <OnOff value={device.doNotDisturb} on="On" off="Off" />
      </Detail>
      <Detail term="Forwarded to">
        {device.forwardTo ? (
          <a href={phoneHref(device.forwardTo)} className={linkClass}>
            {formatPhoneNumber(device.forwardTo)}
          </a>
        ) : (
          "Not forwarded"
        )}
      </Detail>
      <Detail term="Type">{device.type ?? <NotReported />}</Detail>
    </DetailsList>
  );
}

/** The phones assigned to a user, on a platform that has devices (Genesys); read-only here. */
export function DevicesPanel({ devices }: { devices: readonly Device[] }) {
  return (
    <Section title="Devices">
      {devices.length === 0 ? (
        <p className="py-3 text-sm text-slate-700">No devices</p>
      ) : (
        <ul aria-label="Devices" className="divide-y-2 divide-slate-200">
          {devices.map((device) => (
            <li key={device.id} aria-label={device.phoneNumber ? formatPhoneNumber(device.phoneNumber) : device.id}>
              <DeviceDetails device={device} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
