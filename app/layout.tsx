import type { ReactNode } from 'react';

// The root layout with <html> lives in app/[locale]; this one only passes through.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
