import { Button, Card, Checkbox, Form, Input, Select } from 'antd';
import { localToday } from '../../../../server/domain/local-time.ts';
import { keys } from '../../api/query-keys.ts';
import { FormModal } from '../../shared/FormModal.tsx';
import {
  addCandidate,
  type CandidateBody,
  createElection,
  type ElectionBody,
  type ElectionsView,
  type ElectionView,
  electionKeys,
  publishCandidates,
  recordResults,
} from './queries.ts';
import { S } from './strings.ts';

const required = [{ required: true, whitespace: true, message: S.required }];
const dateRules = [{ required: true, message: S.pickDate }];
const invalidate = [electionKeys.all];

export function CreateElectionModal({
  open,
  campaignId,
  villages,
  onClose,
}: {
  open: boolean;
  campaignId: string;
  villages: ElectionsView['villages'];
  onClose: () => void;
}) {
  return (
    <FormModal<ElectionBody>
      open={open}
      name="election"
      title={S.create}
      onClose={onClose}
      initialValues={{ posts: ['party_secretary', 'committee_director'] }}
      mutationFn={(v) => createElection(campaignId, v)}
      success={S.createDone}
      invalidate={invalidate}
    >
      <Form.Item name="villageId" label={S.village} rules={[{ required: true, message: S.required }]}>
        <Select options={villages.map((v) => ({ value: v.id, label: v.name }))} />
      </Form.Item>
      <Form.Item name="electionDate" label={S.electionDate} rules={dateRules}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="posts" label={S.posts} rules={[{ required: true, message: S.required }]}>
        <Checkbox.Group options={S.postOptions} />
      </Form.Item>
    </FormModal>
  );
}

type CandidateValues = Omit<CandidateBody, 'personId'> & { personId?: string | null };

function PledgeFields({ categories }: { categories: string[] }) {
  return (
    <Form.List name="pledges">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <Card
              key={f.key}
              size="small"
              type="inner"
              title={S.pledge(i + 1)}
              style={{ marginBottom: 8 }}
              extra={
                fields.length > 1 && (
                  <Button type="link" onClick={() => remove(f.name)}>
                    {S.removePledge}
                  </Button>
                )
              }
            >
              <Form.Item name={[f.name, 'category']} label={S.category} rules={required}>
                <Select options={categories.map((c) => ({ value: c, label: c }))} />
              </Form.Item>
              <Form.Item name={[f.name, 'title']} label={S.pledgeTitle} rules={required}>
                <Input maxLength={60} />
              </Form.Item>
              <Form.Item name={[f.name, 'content']} label={S.content} rules={required}>
                <Input.TextArea rows={2} maxLength={1000} />
              </Form.Item>
              <Form.Item name={[f.name, 'completionStandard']} label={S.completionStandard} rules={required}>
                <Input maxLength={500} />
              </Form.Item>
              <Form.Item name={[f.name, 'dueDate']} label={S.dueDate} extra={S.dueHelp} rules={dateRules}>
                <Input type="date" />
              </Form.Item>
            </Card>
          ))}
          <Button onClick={() => add({})}>{S.addPledge}</Button>
        </>
      )}
    </Form.List>
  );
}

/** A candidate: a sitting cadre (keeps their identity) or a new name, the speech and the pledges. */
export function CandidateModal({
  open,
  election,
  categories,
  onClose,
}: {
  open: boolean;
  election: ElectionView;
  categories: string[];
  onClose: () => void;
}) {
  return (
    <FormModal<CandidateValues>
      open={open}
      name="candidate"
      title={S.candidateTitle(election.villageName)}
      onClose={onClose}
      initialValues={{ post: election.posts[0], speechDate: localToday(), pledges: [{}] }}
      mutationFn={({ personId, name, ...v }) =>
        addCandidate(election.id, personId ? { ...v, personId } : { ...v, name })
      }
      success={S.candidateDone}
      invalidate={invalidate}
      width={720}
    >
      <Form.Item name="personId" label={S.cadre} extra={S.cadreHelp}>
        <Select allowClear options={election.cadres.map((c) => ({ value: c.personId, label: c.name }))} />
      </Form.Item>
      <Form.Item name="name" label={S.name}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="post" label={S.post} rules={[{ required: true, message: S.required }]}>
        <Select options={S.postOptions.filter((o) => (election.posts as string[]).includes(o.value))} />
      </Form.Item>
      <Form.Item name="speech" label={S.speech} rules={required}>
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="speechDate" label={S.speechDate} rules={dateRules}>
        <Input type="date" />
      </Form.Item>
      <PledgeFields categories={categories} />
    </FormModal>
  );
}

export function PublishModal({
  open,
  campaignId,
  election,
  onClose,
}: {
  open: boolean;
  campaignId: string;
  election: ElectionView;
  onClose: () => void;
}) {
  return (
    <FormModal<{ startDate: string; text?: string }>
      open={open}
      name="candidates-publish"
      title={S.publishTitle(election.villageName)}
      onClose={onClose}
      initialValues={{ startDate: localToday() }}
      mutationFn={(v) =>
        publishCandidates(campaignId, { kind: 'candidates', villageId: election.villageId, ...v })
      }
      success={S.publishDone}
      invalidate={[...invalidate, keys.publications.all]}
    >
      <Form.Item name="startDate" label={S.publishStart} rules={dateRules}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="text" label={S.publishText}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}

export function ResultsModal({
  open,
  election,
  onClose,
}: {
  open: boolean;
  election: ElectionView;
  onClose: () => void;
}) {
  return (
    <FormModal<{ electedIds: string[] }>
      open={open}
      name="election-results"
      title={S.resultsTitle(election.villageName)}
      onClose={onClose}
      initialValues={{ electedIds: [] }}
      mutationFn={(v) => recordResults(election.id, v.electedIds)}
      success={S.resultsDone}
      invalidate={invalidate}
    >
      <Form.Item name="electedIds" label={S.elected}>
        <Checkbox.Group
          options={election.candidates.map((c) => ({ value: c.id, label: `${c.name}（${c.postLabel}）` }))}
        />
      </Form.Item>
    </FormModal>
  );
}
