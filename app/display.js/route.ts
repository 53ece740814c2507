import { DISPLAY_BOOT_SCRIPT } from '@/lib/display/boot-script';

// The display boot script as a file of its own, loaded (blocking) from the document head: it sets
// the remembered layout, theme and size before first paint. As a file it is cached once for every
// page instead of being inlined, twice over, into each one. Its URL carries a hash of its content.
export const dynamic = 'force-static';

export function GET() {
  return new Response(DISPLAY_BOOT_SCRIPT, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
