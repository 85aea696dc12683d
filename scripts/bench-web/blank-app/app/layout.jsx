// The smallest App Router page: the floor the benchmark compares Counterweight's routes with.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
