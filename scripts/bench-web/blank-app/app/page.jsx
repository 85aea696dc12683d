export default function Page() {
  return <p>Blank</p>;
}
