// Shown to admins while any active user still has the demo seed's public password.
export function DemoPasswordBanner() {
  return (
    <div role="alert" data-testid="demo-banner" className="border-b border-amber-300 bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-900">
      Demo data: the demo passwords are public. Change or deactivate the demo users (Staff) before real use.
    </div>
  );
}
