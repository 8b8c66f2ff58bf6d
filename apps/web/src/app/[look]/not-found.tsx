import { NotFoundHelp } from '~/components/NotFoundHelp'

export default function NotFound() {
  return <NotFoundHelp />
}
