// The HR portal's React app: a recruiter drops a candidate's credentials on <keurmerk-verifier>.
// CredentialCheck.jsx is not in the repository: tests/package/package.test.mjs writes it from the
// React snippet of pkg/README.md (`<!-- tested: react-example -->`), so the snippet is what runs here.
import { useCallback, useState } from 'react';
import { CredentialCheck } from './CredentialCheck.jsx';

export function App() {
  const [verdicts, setVerdicts] = useState([]);
  const onReport = useCallback((report) => setVerdicts((seen) => [...seen, report.verdict]), []);
  return (
    <main>
      <h1>HR portal: check a candidate's credentials</h1>
      <CredentialCheck onReport={onReport} />
      <p>
        Reports received by the app: <output id="verdicts">{verdicts.join(', ')}</output>
      </p>
    </main>
  );
}
