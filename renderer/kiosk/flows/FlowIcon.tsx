// Simple line icons for flows, so a service can be found without reading.
import type { Flow } from '../../../shared/flows/flow-schema.ts';
import './flow-icon.css';

const paths: Record<Flow['icon'], string> = {
  bag: 'M10 16h28l-2 26H12L10 16zm8 0v-4a6 6 0 0 1 12 0v4',
  return: 'M14 18h18a10 10 0 0 1 0 20H16M14 18l7-7M14 18l7 7',
  bill: 'M12 6h24v36l-4-3-4 3-4-3-4 3-4-3-4 3V6zm6 10h12M18 22h12M18 28h8',
  phone: 'M16 4h16a3 3 0 0 1 3 3v34a3 3 0 0 1-3 3H16a3 3 0 0 1-3-3V7a3 3 0 0 1 3-3zm5 34h6',
  ticket: 'M6 14h36v6a4 4 0 0 0 0 8v6H6v-6a4 4 0 0 0 0-8v-6zm14 0v20',
  comment: 'M8 10h32v22H22l-8 7v-7H8V10zm8 9h16M16 25h10',
  prescription: 'M12 6h16a8 8 0 0 1 0 16H12V6zm0 16v20M20 22l16 20M36 28l-12 14',
  bank: 'M6 18L24 8l18 10H6zm4 4v14m8-14v14m12-14v14m8-14v14M6 40h36',
  card: 'M6 12h36v24H6V12zm0 7h36M12 30h8',
  calendar: 'M8 12h32v28H8V12zm0 9h32M16 6v10M32 6v10M15 28h5M15 34h5M26 28h5',
  info: 'M24 6a18 18 0 1 1 0 36 18 18 0 0 1 0-36zm0 16v12m0-19v2',
};

export function FlowIcon({ icon }: { icon: Flow['icon'] }) {
  return (
    <svg className="flow-icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <path d={paths[icon]} fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
