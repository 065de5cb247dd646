<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AlternativeCard</name>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="53"/>
        <source>✓ Chosen</source>
        <translation>✓ 선택함</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="67"/>
        <location filename="../../ui/drafting/alternatives_panel.py" line="68"/>
        <source>Remove this alternative</source>
        <translation>이 표현 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="73"/>
        <source>Written for an earlier wording of this sentence</source>
        <translation>이 문장을 고치기 전의 문장에 쓴 제안</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="74"/>
        <source>Its sentence was deleted or merged; this is the closest one</source>
        <translation>제안한 문장이 지워졌거나 합쳐져서 가장 비슷한 문장에 놓았습니다</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="75"/>
        <source>From the other computer: this sentence was changed on both</source>
        <translation>다른 컴퓨터에서 온 문장: 두 컴퓨터에서 모두 이 문장을 고쳤습니다</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="57"/>
        <source>Pick this one</source>
        <translation>이것으로 고르기</translation>
    </message>
</context>
<context>
    <name>AlternativesPanel</name>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="121"/>
        <source>Another way to say it in English…</source>
        <translation>영어로 다르게 말하는 방법…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="122"/>
        <source>Alternative English sentence</source>
        <translation>다른 영어 문장</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="124"/>
        <source>Its nuance, e.g. more formal, warmer, simpler to say</source>
        <translation>느낌 설명 (예: 더 격식 있게, 더 따뜻하게, 말하기 더 쉽게)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="125"/>
        <source>Nuance note</source>
        <translation>느낌 설명</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="152"/>
        <source>Add as tutor</source>
        <translation>선생님 표현으로 추가</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="154"/>
        <source>Add as student</source>
        <translation>내 표현으로 추가</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="169"/>
        <source>Choose a row to see its alternatives.</source>
        <translation>줄을 고르면 다른 표현이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="175"/>
        <source>(no Korean yet)</source>
        <translation>(아직 한국어 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="176"/>
        <source>Row %1 — %2</source>
        <translation>%1번 줄 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="180"/>
        <source>Earlier English of this row: %1</source>
        <translation>이 줄의 예전 영어: %1</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="182"/>
        <source>No alternatives yet. The tutor can write other ways to say this sentence below, each with a note on its nuance.</source>
        <translation>아직 다른 표현이 없습니다. 아래에 선생님이 이 문장을 다르게 말하는 방법과 그 느낌을 적을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/alternatives_panel.py" line="212"/>
        <source>Add %1 alternatives</source>
        <translation>다른 표현 %1개 추가</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <location filename="../../ui/shell/bin_dialog.py" line="27"/>
        <source>Bin</source>
        <translation>휴지통</translation>
    </message>
    <message>
        <location filename="../../ui/shell/bin_dialog.py" line="30"/>
        <source>Deleted speeches</source>
        <translation>지운 연설문</translation>
    </message>
    <message>
        <location filename="../../ui/shell/bin_dialog.py" line="31"/>
        <source>Bring back</source>
        <translation>되살리기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/bin_dialog.py" line="33"/>
        <source>Erase for good…</source>
        <translation>완전히 지우기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/bin_dialog.py" line="40"/>
        <source>Deleted speeches stay here until you erase them.</source>
        <translation>지운 연설문은 완전히 지울 때까지 여기에 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/bin_dialog.py" line="70"/>
        <source>Erase for good</source>
        <translation>완전히 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/bin_dialog.py" line="71"/>
        <source>Erase this speech with all its sentences, notes, versions and practice recordings? This cannot be undone.</source>
        <translation>이 연설문과 모든 문장, 메모, 저장본, 연습 녹음을 완전히 지울까요? 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CellEdit</name>
    <message>
        <location filename="../../ui/drafting/segment_row.py" line="141"/>
        <source>Use “%1”</source>
        <translation>바꾸기: “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/segment_row.py" line="142"/>
        <source>Remove “%1”</source>
        <translation>“%1” 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/segment_row.py" line="147"/>
        <source>Ignore in this sentence</source>
        <translation>이 문장에서는 무시하기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/segment_row.py" line="151"/>
        <source>Add “%1” to this speech&apos;s words</source>
        <translation>이 연설문의 단어로 추가: “%1”</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="37"/>
        <source>Check the whole speech</source>
        <translation>연설문 전체 검사</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="39"/>
        <source>Checking…</source>
        <translation>검사하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="43"/>
        <source>Row</source>
        <translation>줄</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="43"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="43"/>
        <source>Words</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="43"/>
        <source>What to do</source>
        <translation>고칠 점</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="49"/>
        <source>Use the suggestion</source>
        <translation>제안대로 고치기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="58"/>
        <source>grammar</source>
        <translation>문법</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="58"/>
        <source>spelling</source>
        <translation>철자</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="58"/>
        <source>style</source>
        <translation>표현</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="59"/>
        <source>name?</source>
        <translation>이름?</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="60"/>
        <source>long sentence</source>
        <translation>긴 문장</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="60"/>
        <source>repeated word</source>
        <translation>되풀이된 단어</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="61"/>
        <source>say it clearly</source>
        <translation>또렷하게 말하기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="87"/>
        <source>Easy to follow when heard: short sentences and common words.</source>
        <translation>들을 때 따라가기 쉽습니다: 문장이 짧고 흔한 단어를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="89"/>
        <source>Fairly easy to follow when heard.</source>
        <translation>들을 때 따라가기 꽤 쉽습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="91"/>
        <source>Hard to follow when heard: try shorter sentences and simpler words.</source>
        <translation>들을 때 따라가기 어렵습니다: 문장을 짧게, 단어를 쉽게 바꿔 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="92"/>
        <source>Checked with %1: %2 things to look at, %3 hints. %4</source>
        <translation>검사 도구: %1. 살펴볼 것 %2개, 도움말 %3개. %4</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/check_dialog.py" line="133"/>
        <source>changed to “%1”</source>
        <translation>고침: “%1”</translation>
    </message>
</context>
<context>
    <name>Coaching</name>
    <message>
        <location filename="../../ui/practice/report_view.py" line="83"/>
        <source>Your time, {time}, is {short} seconds under the minimum ({min}): slow down a little, or add a sentence.</source>
        <translation>걸린 시간 {time}: 최소 시간({min})보다 {short}초 짧습니다. 조금 천천히 말하거나 문장을 하나 더해 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="85"/>
        <source>Your time, {time}, is {long} seconds over the maximum ({max}): shorten a sentence or two.</source>
        <translation>걸린 시간 {time}: 최대 시간({max})보다 {long}초 깁니다. 문장 한두 개를 줄여 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="87"/>
        <source>Your time, {time}, is within the limits ({min}–{max}).</source>
        <translation>걸린 시간 {time}: 제한 시간 안입니다 ({min}–{max}).</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="88"/>
        <source>You skipped a whole sentence: “{text}”</source>
        <translation>문장 하나를 통째로 건너뛰었습니다: “{text}”</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="89"/>
        <source>{count} words of the script were not said (the first: “{word}”).</source>
        <translation>원고에서 말하지 않은 단어가 {count}개 있습니다 (처음: “{word}”).</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="91"/>
        <source>Fast: {pace} words a minute. Take a breath at the end of each sentence.</source>
        <translation>빠릅니다: 1분에 {pace}단어. 문장이 끝날 때마다 숨을 쉬세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="93"/>
        <source>Slow: {pace} words a minute. Reading the sentences aloud more often will make them flow.</source>
        <translation>느립니다: 1분에 {pace}단어. 문장을 소리 내어 더 자주 읽으면 자연스러워집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="95"/>
        <source>{count} filler words (um, uh). Pause silently instead: a pause sounds calm.</source>
        <translation>군말(um, uh)이 {count}번 나왔습니다. 대신 조용히 잠깐 멈추세요. 멈춤은 차분하게 들립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="97"/>
        <source>This take was very quiet (your voice at {level} dB): the report may have missed words. Move closer to the microphone or turn its level up.</source>
        <translation>이 녹음은 소리가 매우 작았습니다(목소리 크기 {level} dB). 분석 결과에서 빠진 단어가 있을 수 있습니다. 마이크에 더 가까이 가거나 마이크 소리 크기를 올려 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="99"/>
        <source>{count} long pauses; the longest {longest} seconds. Know what comes next in that place.</source>
        <translation>길게 멈춘 곳이 {count}군데, 가장 긴 것은 {longest}초입니다. 그 자리 다음에 올 문장을 익혀 두세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="101"/>
        <source>Words that were hard to make out: {words}. Say them slowly, then at speed.</source>
        <translation>알아듣기 어려웠던 단어: {words}. 먼저 천천히, 그다음 보통 빠르기로 말해 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="103"/>
        <source>{count} words said with a sound swapped, e.g. {words}: see “Words to practise” below for each sound and how to make it.</source>
        <translation>다른 소리로 바뀌어 들린 단어 {count}개 (예: {words}). 아래 “더 연습할 단어”에서 소리마다 내는 방법을 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="105"/>
        <source>You said {percent} % of your script as written.</source>
        <translation>원고대로 말한 비율: {percent} %.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="106"/>
        <source>More of the script as written than last time: {percent} % (was {was} %).</source>
        <translation>지난번보다 원고대로 더 많이 말했습니다: {percent} % (지난번 {was} %).</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="108"/>
        <source>A comfortable pace: {pace} words a minute.</source>
        <translation>알맞은 말 빠르기: 1분에 {pace}단어.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="109"/>
        <source>No filler words (um, uh).</source>
        <translation>군말(um, uh)이 없었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="110"/>
        <source>Fewer filler words than last time: {count} (was {was}).</source>
        <translation>지난번보다 군말이 줄었습니다: {count}번 (지난번 {was}번).</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="111"/>
        <source>pace {now}, last time {was}: calmer</source>
        <translation>말 빠르기 {now} (지난번 {was}): 더 차분함</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="112"/>
        <source>pace {now}, last time {was}: quicker</source>
        <translation>말 빠르기 {now} (지난번 {was}): 더 빠름</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="113"/>
        <source>pace {now}, about the same as last time</source>
        <translation>말 빠르기 {now}: 지난번과 비슷함</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="114"/>
        <source>script as written {now} % (last time {was} %)</source>
        <translation>원고대로 말한 비율 {now} % (지난번 {was} %)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="115"/>
        <source>fillers {now} (last time {was})</source>
        <translation>군말 {now}번 (지난번 {was}번)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="116"/>
        <source>time {now} (last time {was})</source>
        <translation>시간 {now} (지난번 {was})</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="120"/>
        <source>▶ listen</source>
        <translation>▶ 듣기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="127"/>
        <source>Almost nothing was heard in this take.</source>
        <translation>이 녹음에서는 거의 아무 소리도 들리지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="128"/>
        <source>Is the microphone on, and close enough? Check the microphone level while you speak, then record again. This take is kept, and it does not count in your progress.</source>
        <translation>마이크가 켜져 있고 충분히 가까운가요? 말하면서 마이크 소리 크기 막대를 확인한 다음 다시 녹음해 주세요. 이 녹음은 지우지 않고 남겨 두지만, 연습 기록에는 넣지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="134"/>
        <source>What went well</source>
        <translation>잘한 점</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="137"/>
        <source>Practise next</source>
        <translation>다음에 연습할 것</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="140"/>
        <source>Beside your last take:</source>
        <translation>지난번 녹음과 견주면:</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="151"/>
        <source>The details</source>
        <translation>자세한 내용</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/drafting/commands.py" line="29"/>
        <source>Typing</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="30"/>
        <source>Change text</source>
        <translation>글 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="64"/>
        <source>Add rows</source>
        <translation>줄 추가</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="65"/>
        <source>Add row</source>
        <translation>줄 추가</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="89"/>
        <source>Delete row</source>
        <translation>줄 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="104"/>
        <source>Move row</source>
        <translation>줄 옮기기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="120"/>
        <source>Paragraph break</source>
        <translation>단락 나누기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="136"/>
        <source>Add alternative</source>
        <translation>다른 표현 추가</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="161"/>
        <source>Remove alternative</source>
        <translation>다른 표현 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="179"/>
        <source>Pick alternative</source>
        <translation>다른 표현 고르기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="201"/>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="225"/>
        <source>Resolve note</source>
        <translation>메모 해결</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="226"/>
        <source>Reopen note</source>
        <translation>메모 다시 열기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/commands.py" line="244"/>
        <source>Speech details</source>
        <translation>연설문 정보</translation>
    </message>
</context>
<context>
    <name>Contest</name>
    <message>
        <location filename="../../ui/contest/timing.py" line="35"/>
        <source>within the time</source>
        <translation>시간 안</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="35"/>
        <source>under the minimum</source>
        <translation>최소 시간보다 짧음</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="36"/>
        <source>over the maximum</source>
        <translation>최대 시간 초과</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="37"/>
        <source>disqualified (time)</source>
        <translation>실격 (시간)</translation>
    </message>
</context>
<context>
    <name>ContestFiles</name>
    <message>
        <location filename="../../ui/contest/file_dialogs.py" line="16"/>
        <source>Export one judge&apos;s ballots</source>
        <translation>심사위원 한 명의 채점지 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/file_dialogs.py" line="17"/>
        <source>%1&apos;s judge code, from the organiser (like 7KQ2M-X9D4P). It seals the file so that only her ballots are accepted.</source>
        <translation>심사위원 %1 님의 번호를 넣어 주세요. 대회 담당자에게 받은 번호입니다(예: 7KQ2M-X9D4P). 이 번호로 파일을 봉인해서, 이 심사위원의 채점지만 받아들여집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/file_dialogs.py" line="26"/>
        <location filename="../../ui/contest/file_dialogs.py" line="39"/>
        <source>Import judges&apos; ballots</source>
        <translation>심사위원 채점지 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/file_dialogs.py" line="27"/>
        <source>%1 already scored on this computer. Add the ballots in her file as new versions? Her earlier ballots are kept, and the newest version of each counts.</source>
        <translation>심사위원 %1 님은 이 컴퓨터에서 이미 채점했습니다. 파일의 채점지를 새로 제출한 것으로 추가할까요? 먼저 낸 채점지는 그대로 남고, 각 채점지의 가장 나중 제출이 계산됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/file_dialogs.py" line="40"/>
        <source>From %1&apos;s file: new ballots for %2 speakers (%3); %4 already here unchanged; %5 award votes. Import it?</source>
        <translation>심사위원 %1 님의 파일: 발표자 %2명의 새 채점지(%3), 이미 있고 바뀌지 않은 채점지 %4개, 상 투표 %5개. 가져올까요?</translation>
    </message>
</context>
<context>
    <name>ContestPage</name>
    <message>
        <location filename="../../ui/contest/setup.py" line="75"/>
        <source>The rubric cannot change any more: ballots have been submitted with it.</source>
        <translation>이 채점 기준으로 이미 채점지가 제출되어 채점 기준을 더 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="77"/>
        <source>%1 already has ballots, so they stay in the contest.</source>
        <translation>%1 님에게 이미 채점지가 있어 대회에서 뺄 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="78"/>
        <source>That change was not made: %1</source>
        <translation>바꾸지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>ContestPrint</name>
    <message>
        <location filename="../../ui/contest/printing.py" line="33"/>
        <source>(a speaker for each award)</source>
        <translation>(상마다 발표자 한 명)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="34"/>
        <source>Award votes</source>
        <translation>상 투표</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="35"/>
        <source>Awards</source>
        <translation>상</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="36"/>
        <source>Ballot of judge</source>
        <translation>심사위원 채점지</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="37"/>
        <source>Comment</source>
        <translation>남길 말</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="38"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="39"/>
        <source>Disqualified for time</source>
        <translation>시간 실격</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="40"/>
        <source>Each judge: total score (rank)</source>
        <translation>심사위원별 합계 (순위)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="41"/>
        <source>How the place was reached</source>
        <translation>순위가 정해진 방법</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="42"/>
        <source>Place</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="43"/>
        <source>Places</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="44"/>
        <source>Places decided by</source>
        <translation>순위 정하는 방법:</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="45"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="46"/>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="47"/>
        <source>Your judge code (to seal your ballots file; keep it to yourself)</source>
        <translation>심사위원 번호(채점지 파일을 봉인할 때 씁니다. 다른 사람에게 보이지 마세요)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="49"/>
        <source>Signed</source>
        <translation>서명</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="50"/>
        <source>Speaker</source>
        <translation>발표자</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="51"/>
        <source>Speech title</source>
        <translation>연설 제목</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="52"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="53"/>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="54"/>
        <source>tie-breaker judge</source>
        <translation>동점 판정 심사위원</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="59"/>
        <source>sum of ranks (fewest wins)</source>
        <translation>순위 합 (작을수록 높음)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="60"/>
        <source>points by rank (Borda count)</source>
        <translation>순위별 점수 (보르다 방식)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="66"/>
        <source>rank sum %1</source>
        <translation>순위 합 %1</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="68"/>
        <source>1 point</source>
        <translation>1점</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="70"/>
        <source>%1 points</source>
        <translation>%1점</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="75"/>
        <source>%1, tied with %2; the tie-breaker judge (%3) ranked this speaker no. %4</source>
        <translation>%1, %2 발표자와 동점. 동점 판정 심사위원(%3)이 이 발표자를 %4위로 매김</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="79"/>
        <source>%1, tied with %2; the tie-breaker judge (%3) did not score this speaker</source>
        <translation>%1, %2 발표자와 동점. 동점 판정 심사위원(%3)이 이 발표자를 채점하지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="81"/>
        <source>%1, tied with %2; the tie-breaker judge did not separate them, so the place is shared</source>
        <translation>%1, %2 발표자와 동점. 동점 판정 심사위원도 가르지 못해 공동 순위</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="108"/>
        <source>%1 spoke %2, over the %3 limit</source>
        <translation>%1: %2 동안 말해 제한 %3을 넘김</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="109"/>
        <source>%1 spoke %2, under the %3 limit</source>
        <translation>%1: %2 동안 말해 제한 %3에 못 미침</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="137"/>
        <source>* the tie-breaker judge: this ballot only separates ties.</source>
        <translation>* 동점 판정 심사위원: 이 채점지는 동점을 가를 때만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/printing.py" line="140"/>
        <source>Missing ballots (no points from that judge): %1</source>
        <translation>빠진 채점지 (그 심사위원에게서는 점수 없음): %1</translation>
    </message>
</context>
<context>
    <name>ContestWindow</name>
    <message>
        <location filename="../../ui/contest/window.py" line="61"/>
        <source>Moksori — contest day</source>
        <translation>목소리 — 대회 날</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="66"/>
        <location filename="../../ui/contest/window.py" line="127"/>
        <location filename="../../ui/contest/window.py" line="205"/>
        <source>New contest</source>
        <translation>새 대회</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="68"/>
        <location filename="../../ui/contest/window.py" line="128"/>
        <source>Open a contest file…</source>
        <translation>대회 파일 열기…</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="83"/>
        <source>Contest</source>
        <translation>대회</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="83"/>
        <source>Rubric and awards</source>
        <translation>채점 기준과 상</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="84"/>
        <source>Speakers and judges</source>
        <translation>발표자와 심사위원</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="84"/>
        <source>Timing</source>
        <translation>시간 재기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="84"/>
        <source>Judging</source>
        <translation>심사</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="85"/>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="94"/>
        <source>No contest yet. Start one with “New contest”, or open a contest file that the organiser gave you.</source>
        <translation>아직 대회가 없습니다. “새 대회”로 시작하거나, 주최자에게 받은 대회 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="102"/>
        <source>Contest:</source>
        <translation>대회:</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="126"/>
        <source>&amp;Contest</source>
        <translation>대회(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="133"/>
        <source>Export one judge&apos;s ballots…</source>
        <translation>심사위원 한 명의 채점지 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="134"/>
        <source>Import judges&apos; ballots…</source>
        <translation>심사위원 채점지 가져오기…</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="138"/>
        <source>Save the results as PDF…</source>
        <translation>결과를 PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="139"/>
        <source>Print the results…</source>
        <translation>결과 인쇄…</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="140"/>
        <source>Save the results as CSV…</source>
        <translation>결과를 CSV로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="141"/>
        <source>Save blank ballots as PDF…</source>
        <translation>빈 채점지를 PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="142"/>
        <source>Print blank ballots…</source>
        <translation>빈 채점지 인쇄…</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="145"/>
        <source>Delete this contest…</source>
        <translation>이 대회 지우기…</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="146"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="215"/>
        <source>A new contest with the classic 100-point ballot and the standard awards. Change anything on these pages; every change is saved at once.</source>
        <translation>100점 기본 채점 기준과 기본 상으로 새 대회를 만들었습니다. 이 화면들에서 무엇이든 바꾸세요. 바꾼 것은 바로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="224"/>
        <source>Delete contest</source>
        <translation>대회 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="225"/>
        <source>Remove “%1” from the list? Its ballots stay in the data file.</source>
        <translation>목록에서 뺄까요? “%1”
채점지는 자료 파일에 남습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="263"/>
        <source>Open a contest file</source>
        <translation>대회 파일 열기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="263"/>
        <location filename="../../ui/contest/window.py" line="288"/>
        <location filename="../../ui/contest/window.py" line="323"/>
        <location filename="../../ui/contest/window.py" line="336"/>
        <source>Contest files (*.json)</source>
        <translation>대회 파일 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="287"/>
        <source>Export the contest file</source>
        <translation>대회 파일 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="292"/>
        <source>Contest file saved: %1</source>
        <translation>대회 파일을 저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="301"/>
        <source>This contest has no judges yet.</source>
        <translation>이 대회에는 아직 심사위원이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="306"/>
        <location filename="../../ui/contest/window.py" line="321"/>
        <source>Export one judge&apos;s ballots</source>
        <translation>심사위원 한 명의 채점지 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="306"/>
        <source>Judge</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="327"/>
        <source>%1&apos;s ballots saved: %2</source>
        <translation>%1 님의 채점지를 저장했습니다: %2</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="361"/>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="336"/>
        <source>Import judges&apos; ballots</source>
        <translation>심사위원 채점지 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="131"/>
        <source>Export the contest file (for judges&apos; computers, or to keep)…</source>
        <translation>대회 자료 파일 내보내기 (심사위원 컴퓨터용, 또는 보관용)…</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="271"/>
        <source>“%1” is now on this computer. Choose your name on the Judging page; when you are done, use Contest → Export one judge&apos;s ballots.</source>
        <translation>대회가 이 컴퓨터에 들어왔습니다: “%1”. 심사 화면에서 자기 이름을 고르세요. 다 마치면 대회 → 심사위원 한 명의 채점지 내보내기를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="364"/>
        <source>Imported from %1: %2 new ballots (%3).</source>
        <translation>%1에서 가져왔습니다: 새 채점지 %2장 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="382"/>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="382"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="390"/>
        <location filename="../../ui/contest/window.py" line="412"/>
        <source>Saved: %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="396"/>
        <source>results</source>
        <translation>결과</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="402"/>
        <source>ballots</source>
        <translation>채점지</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="407"/>
        <source>Save the results as CSV</source>
        <translation>결과를 CSV로 저장</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="408"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/window.py" line="418"/>
        <source>No printer is set up on this computer. Save as PDF instead and print that file elsewhere.</source>
        <translation>이 컴퓨터에는 인쇄기가 연결되어 있지 않습니다. 대신 PDF로 저장하고, 그 파일을 다른 곳에서 인쇄해 주세요.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/drafting/export_actions.py" line="19"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/export_actions.py" line="20"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/export_actions.py" line="21"/>
        <source>Speaker</source>
        <translation>발표자</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/export_actions.py" line="22"/>
        <source>words</source>
        <translation>단어</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/export_actions.py" line="23"/>
        <source>Time limit</source>
        <translation>제한 시간</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/export_actions.py" line="56"/>
        <source>No printer is set up on this computer. Export as PDF (Ctrl+Shift+P) instead, and print that file elsewhere.</source>
        <translation>이 컴퓨터에는 인쇄기가 연결되어 있지 않습니다. 대신 PDF로 내보내고(Ctrl+Shift+P), 그 파일을 다른 곳에서 인쇄해 주세요.</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="20"/>
        <source>After can, will, must and the like, use the verb&apos;s base form: “%1”.</source>
        <translation>can, will, must 같은 말 뒤에는 동사의 기본형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="22"/>
        <source>After can, will, must and the like, leave out “to”.</source>
        <translation>can, will, must 같은 말 뒤에는 “to”를 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="23"/>
        <source>After many, two, several and the like, use the plural: “%1”.</source>
        <translation>many, two, several 같은 말 뒤에는 복수형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="25"/>
        <source>For more than one thing, use “%1” after “there”.</source>
        <translation>여러 개를 말할 때는 “there” 뒤에 이렇게 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="26"/>
        <source>“be” (am, is, are) and another verb do not go together here: “%1”.</source>
        <translation>여기서는 “be”(am, is, are)와 다른 동사를 함께 쓰지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="28"/>
        <source>With one person or thing (he, she, my mother), the verb takes -s: “%1”.</source>
        <translation>한 사람이나 한 가지(he, she, my mother)가 주어이면 동사에 -s를 붙입니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="30"/>
        <source>A word like “yesterday” or “last year” puts the sentence in the past: “%1”.</source>
        <translation>“yesterday”, “last year” 같은 말이 있으면 과거형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="32"/>
        <source>Everyone, nobody and someone take a singular verb: “%1”.</source>
        <translation>everyone, nobody, someone 뒤에는 단수 동사를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="33"/>
        <source>For how you feel, use the -ed form: “%1”. The -ing form describes what causes the feeling.</source>
        <translation>내 기분을 말할 때는 -ed 형을 씁니다: “%1”. -ing 형은 그런 기분이 들게 하는 것을 말합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="35"/>
        <source>This verb needs its preposition before what follows: “%1”.</source>
        <translation>이 동사 뒤에는 전치사가 필요합니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="36"/>
        <source>This verb needs “to” before the person: “%1”.</source>
        <translation>이 동사는 사람 앞에 “to”가 필요합니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="37"/>
        <source>After feel, look or be, describe with an adjective, not an -ly word: “%1”.</source>
        <translation>feel, look, be 뒤에는 -ly 단어가 아니라 형용사를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="39"/>
        <source>With “since” or “for”, say how long up to now (the present perfect): “%1”.</source>
        <translation>“since”나 “for”와 함께 지금까지 얼마나 되었는지 말할 때는 현재완료를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="41"/>
        <source>After “been”, use the -ing form: “%1”.</source>
        <translation>“been” 뒤에는 -ing 형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="42"/>
        <source>Two words that do the same job (a, the, my) stand together; keep one: “%1”.</source>
        <translation>같은 역할을 하는 말(a, the, my)이 두 개 나란히 있습니다. 하나만 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="44"/>
        <source>Years and months take “in”, days of the week take “on”: “%1”.</source>
        <translation>연도와 달 앞에는 “in”, 요일 앞에는 “on”을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="46"/>
        <source>This verb takes its object directly, without a preposition: “%1”.</source>
        <translation>이 동사는 전치사 없이 바로 목적어를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="48"/>
        <source>After enjoy, finish, avoid, keep and the like, use the -ing form, not “to”: “%1”.</source>
        <translation>enjoy, finish, avoid, keep 같은 동사 뒤에는 “to”가 아니라 -ing 형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="50"/>
        <source>To say what something is for, use “to” with the verb, not “for”: “%1”.</source>
        <translation>무엇을 하려고 하는지 말할 때는 “for”가 아니라 “to”와 동사를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="52"/>
        <source>One person or thing that can be counted needs “a” or “an” before it: “%1”.</source>
        <translation>셀 수 있는 사람이나 물건 하나 앞에는 “a”나 “an”을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="54"/>
        <source>Verbs of a state (know, believe, understand) are not used with -ing: “%1”.</source>
        <translation>상태를 나타내는 동사(know, believe, understand)는 -ing 형으로 쓰지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="56"/>
        <source>The verb must match its subject (one or more than one): “%1”.</source>
        <translation>동사는 주어가 하나인지 여럿인지에 맞춰 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="58"/>
        <source>The best, the most …: a superlative takes “the”: “%1”.</source>
        <translation>the best, the most처럼 최상급 앞에는 “the”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="59"/>
        <source>This word takes another preposition: “%1”.</source>
        <translation>이 단어는 다른 전치사와 함께 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="60"/>
        <source>For things that can be counted, use “many”, not “much”: “%1”.</source>
        <translation>셀 수 있는 것에는 “much”가 아니라 “many”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="61"/>
        <source>After “each” and “every”, use one (the singular): “%1”.</source>
        <translation>“each”와 “every” 뒤에는 단수형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="62"/>
        <source>“very” does not go before a verb; say “really” or “… very much”: “%1”.</source>
        <translation>“very”는 동사 앞에 쓰지 않습니다. “really”나 “… very much”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="64"/>
        <source>“return” already means going back; leave out “back”: “%1”.</source>
        <translation>“return”에 이미 돌아간다는 뜻이 있으니 “back”을 빼세요: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="65"/>
        <source>In “be used to” and “look forward to”, “to” is followed by the -ing form: “%1”.</source>
        <translation>“be used to”, “look forward to”에서는 “to” 뒤에 -ing 형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="67"/>
        <source>“suggest” and “recommend” are not followed by a person and “to”; say: “%1”.</source>
        <translation>“suggest”, “recommend” 뒤에는 사람과 “to”를 바로 쓰지 않습니다. 이렇게 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="69"/>
        <source>With a finished time (yesterday, two years ago), use the past, not “have” + participle: “%1”.</source>
        <translation>끝난 때(yesterday, two years ago)와 함께는 “have” + 과거분사가 아니라 과거형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="71"/>
        <source>After “when”, “after” or “before”, the present speaks of the future: “%1”.</source>
        <translation>“when”, “after”, “before” 뒤에서는 앞으로의 일도 현재형으로 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="73"/>
        <source>After make or let and a person, the verb comes without “to”: “%1”.</source>
        <translation>make나 let 뒤에 사람이 오면, 그다음 동사 앞에 “to”를 쓰지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="75"/>
        <source>“want” is not followed by “that” and a sentence; say the person, then “to” and the verb: “%1”.</source>
        <translation>“want” 뒤에는 “that”과 문장이 오지 않습니다. 사람, “to”, 동사 순서로 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="77"/>
        <source>“hope” is not followed by a person and “to”; say: “%1”.</source>
        <translation>“hope” 뒤에는 사람과 “to”가 함께 오지 않습니다. 이렇게 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="78"/>
        <source>“tell” needs the person you tell; without one, use “say”: “%1”.</source>
        <translation>“tell”은 듣는 사람이 있어야 합니다. 듣는 사람이 없으면 “say”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="79"/>
        <source>Before a whole sentence (a subject and a verb), use “because”, not “because of”: “%1”.</source>
        <translation>주어와 동사가 있는 문장 앞에는 “because of”가 아니라 “because”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="81"/>
        <source>“although” or “because” already joins the two parts; leave out “but” or “so”.</source>
        <translation>“although”나 “because”가 이미 두 부분을 이어 줍니다. “but”이나 “so”는 빼세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="83"/>
        <source>A question inside a sentence keeps the usual order, the subject before the verb: “%1”.</source>
        <translation>문장 안에 들어간 질문은 주어를 동사 앞에 두는 보통 순서로 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="85"/>
        <source>For how long something lasted, use “for”, not “during”: “%1”.</source>
        <translation>얼마 동안인지 말할 때는 “during”이 아니라 “for”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="86"/>
        <source>“a” or “an” goes with one thing; use the singular: “%1”.</source>
        <translation>“a”나 “an”은 하나를 말할 때 씁니다. 뒤에는 단수형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="87"/>
        <source>The names of cities and countries take no “the”.</source>
        <translation>도시와 나라 이름 앞에는 “the”를 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="88"/>
        <source>In a sentence with “not”, “any” takes the plural of a thing you can count: “%1”.</source>
        <translation>“not”이 들어간 문장에서 셀 수 있는 것은 “any” 뒤에 복수형으로 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="90"/>
        <source>After go, come or arrive, the place needs a preposition: “%1”.</source>
        <translation>go, come, arrive 뒤에 장소가 오면 전치사가 필요합니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="91"/>
        <source>English does not count this thing (news, advice, information): no “a” or “an”: “%1”.</source>
        <translation>영어에서는 news, advice, information 같은 것을 하나, 둘로 세지 않습니다. 앞에 “a”나 “an”을 쓰지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="93"/>
        <source>With “every”, “last” or “next”, a time takes no in, on or at: “%1”.</source>
        <translation>“every”, “last”, “next”가 붙은 때를 말할 때는 in, on, at을 쓰지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="95"/>
        <source>After a word like “for”, “with” or “to”, use him, her, us or them: “%1”.</source>
        <translation>“for”, “with”, “to” 같은 전치사 뒤에는 him, her, us, them을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="97"/>
        <source>After do, does or did, the verb takes its base form: “%1”.</source>
        <translation>do, does, did 뒤에는 동사원형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="98"/>
        <source>“home”, “abroad” and “overseas” already say where to: no “to” before them: “%1”.</source>
        <translation>home, abroad, overseas에는 이미 ‘~로’라는 뜻이 들어 있어서 앞에 “to”를 쓰지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="100"/>
        <source>One is married to a person, not with them: “%1”.</source>
        <translation>‘누구와 결혼했다’는 “married with”가 아니라 “married to”로 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="101"/>
        <source>After “make”/“let” and a person, or after “want to”, “like to” and the like, use the verb&apos;s base form: “%1”.</source>
        <translation>“make”/“let” + 사람 뒤, 그리고 “want to”, “like to” 같은 말 뒤에는 동사원형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="103"/>
        <source>This verb takes no object (happen, arrive, die), so it needs no “be”: “%1”.</source>
        <translation>happen, arrive, die처럼 목적어를 받지 않는 동사는 수동태가 없어서 “be”를 쓰지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="105"/>
        <source>A word like “happy” is not a verb: use “be” with it, not “do”: “%1”.</source>
        <translation>“happy” 같은 형용사는 동사가 아니어서 “do”가 아니라 “be”와 함께 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="107"/>
        <source>To say how someone feels, use the -ed form: “%1”.</source>
        <translation>사람이 느끼는 감정을 말할 때는 -ed 형태를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="108"/>
        <source>English says “not” only once in a sentence: “%1”.</source>
        <translation>영어에서는 한 문장에 부정어를 한 번만 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="109"/>
        <source>With more than one person, the verb takes no -s: “%1”.</source>
        <translation>주어가 여러 사람이면 동사에 -s를 붙이지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="110"/>
        <source>The subject is one thing, so the verb is singular: “%1”.</source>
        <translation>주어가 하나이므로 동사도 단수형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="111"/>
        <source>To compare, use -er/-est (short words) or more/most: “%1”.</source>
        <translation>비교할 때는 짧은 단어에 -er/-est를, 긴 단어에 more/most를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="112"/>
        <source>Before a thing rather than a sentence, say “because of”: “%1”.</source>
        <translation>뒤에 문장이 아니라 명사가 오면 “because of”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="113"/>
        <source>“very much” comes after the thing you like: “%1”.</source>
        <translation>“very much”는 좋아하는 대상 뒤에 옵니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="114"/>
        <source>With a city or a country, use “in”: “%1”.</source>
        <translation>도시나 나라 이름 앞에는 “in”을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="115"/>
        <source>The subject is already named: leave out the extra he, she or they.</source>
        <translation>주어가 이미 나왔으므로 덧붙인 he, she, they는 빼세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="117"/>
        <source>“hardly” means “almost not”; to say with effort, use “hard”: “%1”.</source>
        <translation>“hardly”는 ‘거의 ~않다’라는 뜻입니다. ‘열심히’는 “hard”로 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="118"/>
        <source>English does not count this (advice, information, homework): no plural: “%1”.</source>
        <translation>advice, information, homework처럼 영어에서 세지 않는 명사는 복수형을 쓰지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="120"/>
        <source>The part with “when” (or after, before, because) tells of the past, so the rest of the sentence is in the past too: “%1”.</source>
        <translation>“when”(또는 after, before, because)으로 시작하는 부분이 과거의 일이므로 문장의 나머지도 과거형으로 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="122"/>
        <source>With a verb, “not” goes with do, not with be: “%1”.</source>
        <translation>동사를 부정할 때는 be가 아니라 do와 함께 “not”을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="123"/>
        <source>Between want, need, hope and the like and another verb, English needs “to”: “%1”.</source>
        <translation>want, need, hope 같은 동사 뒤에 다른 동사가 올 때는 “to”가 필요합니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="125"/>
        <source>This word has another form in English: “%1”.</source>
        <translation>영어에서는 이 단어를 다른 형태로 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="126"/>
        <source>A dream or a goal is something to do: use “to” before the verb: “%1”.</source>
        <translation>꿈이나 목표가 ‘~하는 것’이라면 동사 앞에 “to”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="127"/>
        <source>For the person who finds something hard or easy, use “for”: “%1”.</source>
        <translation>누구에게 어렵거나 쉬운지 말할 때는 “for”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="128"/>
        <source>Counting back from today, English says “ago”: “%1”.</source>
        <translation>지금부터 거슬러 올라가 말할 때는 “ago”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="129"/>
        <source>“so that” tells a purpose (so that I could …); for what happened as a result, say “so”: “%1”.</source>
        <translation>“so that”은 목적(~하기 위해)을 나타냅니다. 그 결과로 일어난 일을 말할 때는 “so”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="131"/>
        <source>“enough” comes after an adjective: “%1”.</source>
        <translation>“enough”는 형용사 뒤에 옵니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="132"/>
        <source>To say how someone does something, use an adverb (-ly): “%1”.</source>
        <translation>어떻게 하는지를 말할 때는 부사(-ly)를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="134"/>
        <source>A thing that makes people feel something takes -ing (a boring movie); -ed is how a person feels: “%1”.</source>
        <translation>어떤 감정을 느끼게 하는 대상에는 -ing를 씁니다(a boring movie). -ed는 사람이 느끼는 감정입니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="136"/>
        <source>“tomorrow” and “next …” are in the future: “%1”.</source>
        <translation>“tomorrow”, “next …”는 미래의 일이므로 미래형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="137"/>
        <source>For all the people or things of a group, say “all”: “%1”.</source>
        <translation>무리 전체를 말할 때는 “all”을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="138"/>
        <source>After “be”, a thing that is done takes the past participle: “%1”.</source>
        <translation>‘~되다’(수동)를 말할 때는 “be” 뒤에 과거분사를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="140"/>
        <source>A place or person both of you know takes “the”: “%1”.</source>
        <translation>말하는 사람과 듣는 사람이 모두 아는 장소나 사람 앞에는 “the”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="141"/>
        <source>Meals (breakfast, lunch, dinner) take no “a”: “%1”.</source>
        <translation>breakfast, lunch, dinner 같은 식사 앞에는 “a”를 쓰지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="142"/>
        <source>With give, show, teach or tell, the person comes straight after the verb, without “to”: “%1”.</source>
        <translation>give, show, teach, tell 뒤에는 사람이 “to” 없이 동사 바로 뒤에 옵니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="144"/>
        <source>An English sentence needs a subject; for weather, time or a situation, use “it”: “%1”.</source>
        <translation>영어 문장에는 주어가 있어야 합니다. 날씨, 시간, 상황을 말할 때는 “it”을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="146"/>
        <source>“that” or “which” already stands for the thing named before it, so “it” or “them” is not said again at the end.</source>
        <translation>“that”이나 “which”가 이미 앞에 나온 것을 가리키므로, 끝에 “it”이나 “them”을 다시 쓰지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="148"/>
        <source>“almost” does not go straight before a noun; say “almost all” or “most”: “%1”.</source>
        <translation>“almost”는 명사 바로 앞에 오지 않습니다. “almost all”이나 “most”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="150"/>
        <source>After “most of” or “many of” comes “the”, “my” or the like; or leave out “of”: “%1”.</source>
        <translation>“most of”, “many of” 뒤에는 “the”, “my” 같은 말이 옵니다. 아니면 “of”를 뺍니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="152"/>
        <source>“can” already means “be able to”: use one of them, not both.</source>
        <translation>“can”이 이미 “be able to”의 뜻입니다. 둘 중 하나만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="153"/>
        <source>“the same … ” is followed by “as”: “%1”.</source>
        <translation>“the same …” 뒤에는 “as”가 옵니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="154"/>
        <source>“for three years” is how long; “three years ago” is when. Use one: leave out “ago” (or “for”).</source>
        <translation>“for three years”는 기간이고 “three years ago”는 시점입니다. 하나만 씁니다: “ago”(또는 “for”)를 빼세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="156"/>
        <source>Before a subject and its verb, use “because” alone; “because of” goes before a noun: “%1”.</source>
        <translation>주어와 동사가 이어지면 “because”만 씁니다. “because of”는 명사 앞에 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="158"/>
        <source>In English, how much comes first: “%1”.</source>
        <translation>영어에서는 차이(얼마나)를 먼저 말합니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="159"/>
        <source>“This is the first time” counts up to now, so the verb takes have + past participle (“It was the first time”: the past): “%1”.</source>
        <translation>“This is the first time”은 지금까지의 경험을 말하므로 동사는 have + 과거분사를 씁니다(“It was the first time”이면 과거형): “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="161"/>
        <source>Two sentences are joined by a comma alone: end the first with a full stop, or join them with “; ” or “, and”.</source>
        <translation>두 문장이 쉼표 하나로만 이어져 있습니다. 첫 문장을 마침표로 끝내거나 “; ” 또는 “, and”로 잇습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="163"/>
        <source>To say what followed from how something was, use “so … that” (“too … to” with a verb): “%1”.</source>
        <translation>어떠해서 그 결과가 어떠했는지 말할 때는 “so … that”을 씁니다(동사와 함께라면 “too … to”): “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="165"/>
        <source>A quality or an idea in general (honesty, freedom, nature) takes no “the”: “%1”.</source>
        <translation>정직, 자유, 자연처럼 일반적인 성질이나 개념을 말할 때는 “the”를 붙이지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="167"/>
        <source>To speak of a kind of thing in general (dogs, cats), use the plural: “%1”.</source>
        <translation>어떤 종류 전체(개, 고양이 등)를 말할 때는 복수형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="169"/>
        <source>Before an adjective and a noun, “so” becomes “such a”: “%1”.</source>
        <translation>형용사와 명사가 이어질 때는 “so” 대신 “such a”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="170"/>
        <source>English does homework, exercise and housework, but makes a mistake, an effort or a decision: “%1”.</source>
        <translation>숙제, 운동, 집안일은 “do”를 쓰고, 실수, 노력, 결정은 “make”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="172"/>
        <source>To give something for a while is “lend”; to take it is “borrow”: “%1”.</source>
        <translation>잠시 빌려 주는 것은 “lend”, 빌려 받는 것은 “borrow”입니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="174"/>
        <source>For things that are not counted (money, water, advice), use “much” or “little”, not “many” or “few”: “%1”.</source>
        <translation>돈, 물, 조언처럼 셀 수 없는 것에는 “many”, “few” 대신 “much”, “little”을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="176"/>
        <source>A date (a day of a month) takes “on”: “%1”.</source>
        <translation>날짜(몇 월 며칠) 앞에는 “on”을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="177"/>
        <source>“same” always takes “the”: “%1”.</source>
        <translation>“same” 앞에는 늘 “the”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="178"/>
        <source>After want, decide, hope, plan, promise and the like, another verb takes “to”, not -ing: “%1”.</source>
        <translation>want, decide, hope, plan, promise 같은 동사 뒤에 다른 동사가 올 때는 -ing가 아니라 “to”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="180"/>
        <source>Going to school, to church, to bed or to work to do what is done there takes no “the”: leave it out.</source>
        <translation>공부하러 학교에, 예배하러 교회에, 자러 잠자리에, 일하러 직장에 갈 때는 “the”를 쓰지 않습니다. “the”를 빼세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="182"/>
        <source>For a small number, say “a few” (“few” alone means almost none): “%1”.</source>
        <translation>몇 개, 며칠처럼 적은 수를 말할 때는 “a few”를 씁니다(“few”만 쓰면 ‘거의 없다’는 뜻입니다): “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="183"/>
        <source>After “who” or “that” standing for one person, the verb takes -s (a friend who helps): “%1”.</source>
        <translation>“who”나 “that”이 한 사람을 가리킬 때는 뒤의 동사에 -s를 붙입니다(a friend who helps): “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="185"/>
        <source>After “who” or “that” standing for more than one (people who help), the verb takes no -s: “%1”.</source>
        <translation>“who”나 “that”이 여러 사람이나 여러 것을 가리킬 때는 뒤의 동사에 -s를 붙이지 않습니다(people who help): “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="187"/>
        <source>For people, say “who”; “which” is for things: “%1”.</source>
        <translation>사람을 가리킬 때는 “who”를 씁니다. “which”는 사물에 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="188"/>
        <source>“who” or “which” already stands for the person or thing named before it, so “he”, “she” or “it” is not said again: leave it out.</source>
        <translation>“who”나 “which”가 이미 앞의 사람이나 사물을 가리키므로 “he”, “she”, “it”을 다시 쓰지 않습니다. 빼세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="191"/>
        <source>To ask for an opinion, English says “What do you think about …?”: “%1”.</source>
        <translation>의견을 물을 때 영어에서는 “How”가 아니라 “What do you think about …?”이라고 합니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="193"/>
        <source>“go” takes an activity in -ing without “to” (go shopping, go swimming): “%1”.</source>
        <translation>“go” 뒤에 -ing 활동이 올 때는 “to”를 쓰지 않습니다(go shopping, go swimming): “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="195"/>
        <source>“people” is already plural; “peoples” means nations: “%1”.</source>
        <translation>“people”은 그 자체로 복수입니다. “peoples”는 ‘민족들’이라는 뜻입니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="196"/>
        <source>An age says “years old” (I was ten years old): “%1”.</source>
        <translation>나이를 말할 때는 “years old”라고 합니다(I was ten years old): “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="197"/>
        <source>A hobby is an activity: use the -ing form (My hobby is playing soccer): “%1”.</source>
        <translation>취미는 하는 일이므로 동사의 -ing 형태를 씁니다(My hobby is playing soccer): “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="199"/>
        <source>There is only one sun, moon, sky and world: they take “the”: “%1”.</source>
        <translation>해, 달, 하늘, 세상처럼 하나뿐인 것에는 “the”를 붙입니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="200"/>
        <source>After “play”, a sport takes no “the” (an instrument does: play the piano): “%1”.</source>
        <translation>“play” 뒤의 운동 이름에는 “the”를 쓰지 않습니다(악기에는 씁니다: play the piano): “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="202"/>
        <source>“marry” takes the person straight after it (She married a doctor), or say “got married to”: “%1”.</source>
        <translation>“marry”는 바로 뒤에 사람을 씁니다(She married a doctor). 아니면 “got married to”라고 합니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="204"/>
        <source>Laughing at someone takes “at”: “%1”.</source>
        <translation>누군가를 보고 웃거나 비웃을 때는 “at”을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="205"/>
        <source>As the subject of a sentence, say “… and I” (“me” comes after a verb or a preposition): “%1”.</source>
        <translation>문장의 주어일 때는 “… and I”라고 합니다(“me”는 동사나 전치사 뒤에 씁니다): “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="207"/>
        <source>To remind someone of something, say “of” before the thing: “%1”.</source>
        <translation>누군가에게 무엇을 떠올리게 할 때는 그것 앞에 “of”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="208"/>
        <source>This verb does not take -ed: its past has its own form: “%1”.</source>
        <translation>이 동사는 -ed를 붙이지 않고 과거형이 따로 있습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="209"/>
        <source>After “for” (thank you for, sorry for), a verb takes -ing: “%1”.</source>
        <translation>“for” 뒤(thank you for, sorry for)에 동사가 오면 -ing 형태를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="210"/>
        <source>Worried about a thing (an exam, the future) takes “about”: “%1”.</source>
        <translation>시험이나 미래 같은 일을 걱정할 때는 “about”을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="211"/>
        <source>After have, has or had, the verb takes its past participle (have eaten, has gone), even with a word such as “ever” between: “%1”.</source>
        <translation>have, has, had 뒤에는 동사의 과거분사를 씁니다(have eaten, has gone). 사이에 “ever” 같은 단어가 있어도 같습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="214"/>
        <source>After encourage, ask, tell, allow and the like, and the person, the next verb takes “to”: “%1”.</source>
        <translation>encourage, ask, tell, allow 같은 동사와 사람 뒤에 다른 동사가 오면 “to”를 붙입니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="216"/>
        <source>What is not counted (food, water, money) takes “there is” or “there was”: “%1”.</source>
        <translation>셀 수 없는 것(food, water, money)에는 “there is”나 “there was”를 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="218"/>
        <source>A day you remember or will never forget is in the past: “%1”.</source>
        <translation>기억하는 날, 잊지 못할 날은 이미 지나간 일이므로 과거형을 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="219"/>
        <source>“arrive” takes “in” before a city or a country, “at” before a building or a station, and nothing before home: “%1”.</source>
        <translation>“arrive” 뒤에는 도시나 나라 앞에 “in”을, 건물이나 역 앞에 “at”을 쓰고, home 앞에는 아무것도 쓰지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="221"/>
        <source>A year is when something began: use “since” with it (“for” takes a length of time, “for five years”): “%1”.</source>
        <translation>연도는 일이 시작된 때이므로 “since”와 씁니다(“for” 뒤에는 “for five years”처럼 기간이 옵니다): “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="230"/>
        <source>f (not p)</source>
        <translation>f (p와 구별)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="230"/>
        <source>v (not b)</source>
        <translation>v (b와 구별)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="231"/>
        <source>th as in “think”</source>
        <translation>“think”의 th</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="231"/>
        <source>th as in “this”</source>
        <translation>“this”의 th</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="232"/>
        <source>z (not j)</source>
        <translation>z (j와 구별)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="232"/>
        <source>zh as in “vision”</source>
        <translation>“vision”의 zh</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="233"/>
        <source>r and l in one word</source>
        <translation>한 단어 안의 r과 l</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="233"/>
        <source>r at the start (not l)</source>
        <translation>첫소리 r (l과 구별)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="234"/>
        <source>l at the start (not r)</source>
        <translation>첫소리 l (r과 구별)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="235"/>
        <source>the final consonants %1</source>
        <translation>끝의 자음 %1</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="245"/>
        <source>The verb must agree with its subject (one or more than one).</source>
        <translation>동사의 형태가 주어(하나인지 여럿인지)와 맞아야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="246"/>
        <source>Use “an” before a vowel sound and “a” before others.</source>
        <translation>모음 소리 앞에는 “an”을, 그 밖에는 “a”를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="248"/>
        <location filename="../../ui/drafting/issue_text.py" line="250"/>
        <source>The same word comes twice in a row.</source>
        <translation>같은 단어가 두 번 이어서 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="252"/>
        <source>This noun is not counted, so it has no plural: “%1”.</source>
        <translation>셀 수 없는 명사라서 복수형으로 쓰지 않습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="253"/>
        <source>After “did”, use the verb&apos;s base form.</source>
        <translation>“did” 뒤에는 동사원형을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="255"/>
        <source>A word here is not needed: “%1”.</source>
        <translation>필요 없는 단어가 들어 있습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="257"/>
        <source>The adjective is already comparative (-er); this word is not needed: “%1”.</source>
        <translation>형용사가 이미 비교급(-er)이라 이 단어는 필요 없습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="259"/>
        <source>For how long, use “for”, not “since”; for a moment in time, put “ago” at the end.</source>
        <translation>얼마 동안인지 말할 때는 “since”가 아니라 “for”를 씁니다. 어느 때인지 말하려면 끝에 “ago”를 붙입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="262"/>
        <source>To say someone does something well, use “good at”.</source>
        <translation>무엇을 잘한다고 말할 때는 “good at”을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="264"/>
        <source>For the place someone arrives, use “at” or “in”, not “to”.</source>
        <translation>도착하는 장소 앞에는 “to”가 아니라 “at”이나 “in”을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="265"/>
        <source>Did you mean this word? “%1”</source>
        <translation>이 단어를 쓰려고 했습니까? “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="266"/>
        <source>Here, instead of “%2”, say: “%1”.</source>
        <translation>여기에는 “%2” 대신 이렇게 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="267"/>
        <source>This is written as two words: “%1”.</source>
        <translation>두 단어로 띄어 씁니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="269"/>
        <source>“I” (meaning yourself) is always a capital letter.</source>
        <translation>자기 자신을 뜻하는 “I”는 언제나 대문자로 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="271"/>
        <source>No space before a comma, one space after it.</source>
        <translation>쉼표 앞은 붙이고, 쉼표 뒤는 한 칸 띄어 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="272"/>
        <source>The adverb fits here: “%1”.</source>
        <translation>여기에는 부사가 맞습니다: “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="294"/>
        <source>Practise: %1.</source>
        <translation>연습할 소리: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="296"/>
        <source>%1 words: hard to say in one breath. Could it be two sentences?</source>
        <translation>%1단어: 한 번에 말하기 어렵습니다. 두 문장으로 나누어 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="299"/>
        <source>“%1” comes %2 times in the speech; another word now and then keeps listeners with you.</source>
        <translation>연설문 전체에 “%1” 단어가 %2번 나옵니다. 가끔 다른 단어로 바꾸면 듣는 사람이 지루해하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="303"/>
        <source>“%1” looks like a Korean name the dictionary does not have. If it is one, add it to this speech&apos;s words.</source>
        <translation>“%1”: 사전에 없는 한국 이름 같습니다. 이름이 맞다면 이 연설문의 단어에 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="307"/>
        <source>“%1” is not in the dictionary. If it is a name (a place or a person), add it to this speech&apos;s words; otherwise check its spelling.</source>
        <translation>사전에 없는 단어입니다: “%1”. 이름(지명이나 사람 이름)이면 이 연설문의 단어로 추가하세요. 이름이 아니면 철자를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/issue_text.py" line="310"/>
        <source>“%1” is not in the dictionary: check its spelling.</source>
        <translation>사전에 없는 단어입니다: “%1”. 철자를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>JudgePage</name>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="53"/>
        <source>Entering a paper ballot</source>
        <translation>종이 채점지 옮겨 적기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="61"/>
        <location filename="../../ui/contest/judge_view.py" line="320"/>
        <source>Show Korean</source>
        <translation>한국어 보기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="74"/>
        <source>A comment for this speaker (optional)</source>
        <translation>이 발표자에게 남길 말 (선택)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="87"/>
        <source>Submit ballot</source>
        <translation>채점지 제출</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="90"/>
        <source>Correct this ballot…</source>
        <translation>이 채점지 고치기…</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="92"/>
        <source>Award votes of this judge</source>
        <translation>이 심사위원의 상 투표</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="100"/>
        <source>Judge</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="103"/>
        <source>Speakers (✓ = ballot submitted)</source>
        <translation>발표자 (✓ = 채점지 제출함)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="111"/>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="148"/>
        <source>%1 (tie-breaker)</source>
        <translation>%1 (동점 판정)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="216"/>
        <source> of %1</source>
        <translation> / %1점</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="244"/>
        <source>— no vote —</source>
        <translation>— 투표 안 함 —</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="362"/>
        <source>✓ Submitted for %1: %2 points (version %3).</source>
        <translation>✓ %1 발표자 채점지 제출: %2점 (%3번째 제출).</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="282"/>
        <source>Submitted (version %1, %2). It is kept as it is; a correction is saved as a new version.</source>
        <translation>제출함 (%1번째 제출, %2). 그대로 보관되며, 고치면 새로 제출한 것으로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="296"/>
        <source>Correcting: the submitted version stays on record; submitting saves a new version.</source>
        <translation>고치는 중: 먼저 제출한 채점지는 기록에 남고, 제출하면 새로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="307"/>
        <source>Total: %1 of %2</source>
        <translation>합계: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="310"/>
        <source>not scored yet: %1</source>
        <translation>아직 채점 안 한 항목: %1개</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="314"/>
        <source>Not submitted yet: %1 criteria left to score.</source>
        <translation>아직 제출하지 않았습니다. 채점할 항목이 %1개 남았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="315"/>
        <source>Every criterion is scored. Submit (Ctrl+Enter) to store this ballot.</source>
        <translation>모든 항목을 채점했습니다. 제출(Ctrl+Enter)을 누르면 이 채점지가 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="325"/>
        <source>No script: this speaker&apos;s speech is not on this device.</source>
        <translation>원고 없음: 이 발표자의 연설문은 이 컴퓨터에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="329"/>
        <source>The script is empty.</source>
        <translation>원고가 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="320"/>
        <source>Show English</source>
        <translation>영어 보기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/judge_view.py" line="343"/>
        <source>Not submitted: score every criterion first (%1).</source>
        <translation>제출하지 않았습니다: 먼저 모든 항목을 채점하세요 (%1).</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="35"/>
        <source>Search titles, speakers and sentences</source>
        <translation>제목, 발표자, 문장 찾기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="37"/>
        <source>Search speeches</source>
        <translation>연설문 찾기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="40"/>
        <source>Speeches</source>
        <translation>연설문</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="42"/>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="43"/>
        <source>New speech (Ctrl+N)</source>
        <translation>새 연설문 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="45"/>
        <source>Rename</source>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="47"/>
        <source>Duplicate</source>
        <translation>사본 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="49"/>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="70"/>
        <source>(untitled)</source>
        <translation>(제목 없음)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="90"/>
        <source>Title of the speech:</source>
        <translation>연설문 제목:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="96"/>
        <source>A speech needs a title. Please type one.</source>
        <translation>연설문에는 제목이 있어야 합니다. 제목을 적어 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="99"/>
        <source>New speech</source>
        <translation>새 연설문</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="99"/>
        <source>My speech</source>
        <translation>나의 연설문</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="116"/>
        <source>Rename speech</source>
        <translation>연설문 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="130"/>
        <source>Duplicate speech</source>
        <translation>연설문 사본 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="130"/>
        <source>%1 (copy)</source>
        <translation>%1 (복사본)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="146"/>
        <source>Delete speech</source>
        <translation>연설문 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/library_panel.py" line="147"/>
        <source>Move “%1” to the bin? You can bring it back from the bin later.</source>
        <translation>휴지통으로 옮길까요? “%1”
나중에 휴지통에서 되살릴 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="55"/>
        <source>Moksori — speech practice</source>
        <translation>목소리 — 말하기 연습</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="71"/>
        <source>Speeches</source>
        <translation>연설문</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="73"/>
        <source>Alternatives</source>
        <translation>다른 표현</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="75"/>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="137"/>
        <source>&amp;Speech</source>
        <translation>연설문(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="138"/>
        <source>New speech…</source>
        <translation>새 연설문…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="140"/>
        <source>Speech details…</source>
        <translation>연설문 정보…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="141"/>
        <source>Read the whole speech</source>
        <translation>연설문 전체 읽기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="145"/>
        <source>Save a version…</source>
        <translation>저장본 만들기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="146"/>
        <source>Compare versions…</source>
        <translation>저장본 비교하기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="147"/>
        <source>Check the whole speech…</source>
        <translation>연설문 전체 검사…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="151"/>
        <source>Export as PDF…</source>
        <translation>PDF로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="152"/>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="153"/>
        <source>Export as text…</source>
        <translation>글 파일로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="156"/>
        <source>Bin…</source>
        <translation>휴지통…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="157"/>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="158"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="161"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="163"/>
        <source>Redo</source>
        <translation>다시 하기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="168"/>
        <source>New row below</source>
        <translation>아래에 새 줄</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="169"/>
        <source>Split row at the cursor</source>
        <translation>글을 쓰는 자리에서 줄 나누기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="171"/>
        <source>Merge with the next row</source>
        <translation>다음 줄과 합치기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="173"/>
        <source>Delete row</source>
        <translation>줄 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="175"/>
        <source>Move row up</source>
        <translation>줄 위로 옮기기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="176"/>
        <source>Move row down</source>
        <translation>줄 아래로 옮기기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="178"/>
        <source>New paragraph starts here</source>
        <translation>여기서 새 단락 시작</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="180"/>
        <source>Next row</source>
        <translation>다음 줄</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="181"/>
        <source>Previous row</source>
        <translation>이전 줄</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="185"/>
        <source>Add an alternative</source>
        <translation>다른 표현 추가하기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="186"/>
        <source>Add a note</source>
        <translation>메모 추가하기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="190"/>
        <source>Pick alternative %1</source>
        <translation>%1번 표현 고르기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="197"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="198"/>
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="199"/>
        <source>Smaller text</source>
        <translation>글자 작게</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="203"/>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="203"/>
        <source>Tutor</source>
        <translation>선생님</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="207"/>
        <source>Who is at the keyboard (Ctrl+Shift+R switches)</source>
        <translation>지금 누가 쓰고 있나요 (Ctrl+Shift+R로 바꾸기)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="210"/>
        <source>Switch between student and tutor</source>
        <translation>학생과 선생님 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="212"/>
        <source>Main</source>
        <translation>기본 도구</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="218"/>
        <source>At the keyboard:</source>
        <translation>지금 쓰는 사람:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="322"/>
        <source>Saved again.</source>
        <translation>다시 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="252"/>
        <location filename="../../ui/shell/main_window.py" line="271"/>
        <source>All changes saved</source>
        <translation>모두 저장됨</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="268"/>
        <source>Grammar: %1 (on this computer)</source>
        <translation>문법 검사: %1 (이 컴퓨터에서)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="303"/>
        <source>%1 at the keyboard</source>
        <translation>지금 쓰는 사람: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="313"/>
        <source>“%1” moved to the bin (Speech ▸ Bin… brings it back).</source>
        <translation>휴지통으로 옮겼습니다: “%1” (연설문 ▸ 휴지통…에서 되살릴 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="316"/>
        <source>Not saved yet</source>
        <translation>아직 저장 안 됨</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="426"/>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="338"/>
        <source>Version saved.</source>
        <translation>판을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="352"/>
        <source>That sentence has changed since the check; nothing was replaced.</source>
        <translation>검사한 뒤에 그 문장이 바뀌어서 아무것도 고치지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="371"/>
        <source>Saved %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="374"/>
        <source>Export as PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="374"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="383"/>
        <source>Print</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="386"/>
        <source>Export as text</source>
        <translation>글 파일로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="386"/>
        <source>Text files (*.txt)</source>
        <translation>글 파일 (*.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="427"/>
        <source>Some of your latest changes could not be saved. Close anyway and lose them?</source>
        <translation>최근 고친 내용 일부를 저장하지 못했습니다. 그래도 닫고 그 내용을 잃을까요?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>Your work could not be saved because the disk is full. What you typed stays on screen and Moksori keeps trying; free some space on the disk.</source>
        <translation>저장 공간이 가득 차서 저장하지 못했습니다. 쓴 내용은 화면에 그대로 있고 이 프로그램이 계속 저장을 시도합니다. 저장 공간을 비워 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>Your work could not be saved because the data file cannot be written. What you typed stays on screen; check that the folder is writable.</source>
        <translation>자료 파일에 쓸 수 없어서 저장하지 못했습니다. 쓴 내용은 화면에 그대로 있습니다. 폴더에 쓸 수 있는지 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>Your work could not be saved yet because another Moksori window is saving. Moksori keeps trying.</source>
        <translation>다른 “목소리” 창이 저장 중이라 아직 저장하지 못했습니다. 이 프로그램이 계속 저장을 시도합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>Your work could not be saved. What you typed stays on screen and Moksori keeps trying.</source>
        <translation>저장하지 못했습니다. 쓴 내용은 화면에 그대로 있고 이 프로그램이 계속 저장을 시도합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>The Moksori data file is damaged and cannot be opened.</source>
        <translation>목소리 자료 파일이 망가져서 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>The Moksori data file cannot be written (it is read-only). Check the permissions of the data folder, or start Moksori with another folder.</source>
        <translation>자료 파일에 쓸 수 없습니다(읽기 전용입니다). 이미 저장한 내용은 그대로 있습니다. 컴퓨터를 관리하는 사람에게 자료 폴더에 쓸 수 있게 해 달라고 하거나, 다른 폴더로 이 프로그램을 시작해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>The Moksori data file could not be opened.</source>
        <translation>목소리 자료 파일을 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>No microphone found. Plug one in (or choose one in Settings), then press Record again.</source>
        <translation>마이크를 찾을 수 없습니다. 마이크를 꽂거나 설정에서 고른 다음 다시 녹음을 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>The microphone could not be opened. Check that no other program is using it, or choose another one in Settings.</source>
        <translation>마이크를 열 수 없습니다. 다른 프로그램이 쓰고 있지 않은지 확인하거나 설정에서 다른 마이크를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>The microphone stopped sending sound. What was recorded until then is kept.</source>
        <translation>마이크에서 소리가 더 들어오지 않습니다. 그때까지 녹음한 것은 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="47"/>
        <source>The disk is full, so recording stopped. What was recorded until then is kept; free some space before the next take.</source>
        <translation>저장 공간이 가득 차서 녹음을 멈췄습니다. 그때까지 녹음한 것은 남아 있습니다. 다음 녹음 전에 필요 없는 파일을 지워 공간을 만들어 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Recording stopped because the take could not be written. What was recorded until then is kept.</source>
        <translation>녹음을 저장할 수 없어서 멈췄습니다. 그때까지 녹음한 것은 남아 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>That file no longer exists.</source>
        <translation>그 파일이 더 이상 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>That recording is empty.</source>
        <translation>그 녹음은 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>That recording is silent: there is nothing to listen to.</source>
        <translation>그 녹음에는 소리가 없습니다. 들을 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>That file is a recording, but Moksori failed while decoding it. The file is unchanged; please tell the Moksori team.</source>
        <translation>녹음 파일은 맞지만, 이 프로그램이 소리를 읽는 도중에 문제가 생겼습니다. 파일은 바뀌지 않았습니다. “목소리”를 만든 사람들에게 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="61"/>
        <source>Moksori cannot read that file as a recording. Use WAV, FLAC, MP3, M4A or OGG.</source>
        <translation>이 파일은 녹음으로 읽을 수 없습니다. WAV, FLAC, MP3, M4A, OGG 파일을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>No speaker or headphones found.</source>
        <translation>스피커나 이어폰을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="85"/>
        <source>The disk is full, so this could not be finished. Nothing already saved was lost; free some space and try again.</source>
        <translation>저장 공간이 가득 차서 끝내지 못했습니다. 이미 저장한 것은 그대로 있습니다. 저장 공간을 비운 뒤 다시 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="88"/>
        <source>Moksori is not allowed to write there (the folder or file is read-only). Nothing already saved was lost; choose another place or check the folder&apos;s permissions.</source>
        <translation>그곳에는 쓸 수 없습니다(폴더나 파일이 읽기 전용입니다). 이미 저장한 것은 그대로 있습니다. 다른 곳을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="92"/>
        <source>A file this needs is no longer there. Nothing already saved was lost.</source>
        <translation>이 일에 필요한 파일이 없어졌습니다. 이미 저장한 것은 그대로 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>A file could not be read or written. Nothing already saved was lost; try again, and if it happens again tell the Moksori team.</source>
        <translation>파일을 읽거나 쓰지 못했습니다. 이미 저장한 것은 그대로 있습니다. 다시 해 보고, 또 그러면 “목소리”를 만든 사람들에게 알려 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="95"/>
        <source>Something went wrong in Moksori. Nothing already saved was lost. The details were written to the log file (logs folder in the data folder); please send it to the Moksori team.</source>
        <translation>이 프로그램에 문제가 생겼습니다. 이미 저장한 것은 그대로 있습니다. 자세한 내용은 기록 파일(자료 폴더 안의 logs 폴더)에 적어 두었습니다. 그 파일을 “목소리”를 만든 사람들에게 보내 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="103"/>
        <source>Moksori</source>
        <translation>목소리</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="115"/>
        <source>That file is no longer there.</source>
        <translation>그 파일이 없어졌습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="116"/>
        <source>That file is not a text file Moksori can read (it should be UTF-8 text).</source>
        <translation>그 파일은 이 프로그램이 읽을 수 있는 글 파일이 아닙니다(UTF-8 글 파일이어야 합니다).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117"/>
        <source>That file is empty.</source>
        <translation>그 파일은 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="118"/>
        <source>The disk is full, so the file could not be written. Nothing else was changed; free some space and try again.</source>
        <translation>저장 공간이 가득 차서 파일을 쓰지 못했습니다. 다른 것은 바뀌지 않았습니다. 저장 공간을 비운 뒤 다시 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="120"/>
        <source>The file could not be written there (the folder may be read-only or the name not allowed). Nothing else was changed; choose another place.</source>
        <translation>그곳에 파일을 쓰지 못했습니다(폴더가 읽기 전용이거나 쓸 수 없는 이름입니다). 다른 것은 바뀌지 않았습니다. 다른 곳을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="123"/>
        <source>That file could not be read. Check that it is still there and try again.</source>
        <translation>그 파일을 읽지 못했습니다. 파일이 그대로 있는지 확인하고 다시 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>This file is damaged or incomplete (it is not readable JSON).</source>
        <translation>이 파일은 망가졌거나 일부만 왔습니다. 아무것도 바뀌지 않았습니다. 파일을 보낸 사람에게 다시 보내 달라고 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="131"/>
        <source>This is not a Moksori contest file, or it was made by a newer Moksori.</source>
        <translation>목소리 대회 파일이 아니거나, 더 새로운 목소리에서 만든 파일입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="133"/>
        <source>This file was changed after it was exported, so its ballots cannot be trusted.</source>
        <translation>이 파일은 내보낸 뒤에 바뀌어서 채점지를 믿을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="135"/>
        <source>This file does not fit this contest: %1</source>
        <translation>이 파일은 이 대회와 맞지 않습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="136"/>
        <source>This file belongs to another contest (%1).</source>
        <translation>이 파일은 다른 대회의 파일입니다 (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="138"/>
        <source>This file was imported before; importing it again would count its ballots twice.</source>
        <translation>이미 가져온 파일입니다. 다시 가져오면 채점지가 두 번 계산됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="140"/>
        <source>This contest is already on this computer. To bring in a judge&apos;s ballots, use Contest → Import judges&apos; ballots.</source>
        <translation>이 대회는 이미 이 컴퓨터에 있습니다. 심사위원의 채점지는 대회 → 심사위원 채점지 가져오기로 가져오세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="148"/>
        <source>Only the organiser&apos;s computer (where the contest was made) can check judges&apos; files.</source>
        <translation>심사위원의 파일은 대회를 만든 담당자의 컴퓨터에서만 확인할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="142"/>
        <source>This judge&apos;s file has no seal, so nobody can tell who made it. Ask the judge to export her ballots again with her judge code.</source>
        <translation>이 심사위원 파일에는 봉인이 없어서 누가 만들었는지 알 수 없습니다. 심사위원에게 심사위원 번호를 넣어 채점지를 다시 내보내 달라고 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="144"/>
        <source>This judge&apos;s file does not carry her seal: it was changed after she exported it, or sealed with another judge&apos;s code.</source>
        <translation>이 심사위원 파일의 봉인이 맞지 않습니다. 내보낸 뒤에 바뀌었거나, 다른 심사위원의 번호로 봉인되었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="146"/>
        <source>This judge&apos;s file carries other judges&apos; ballots, which only they may send.</source>
        <translation>이 심사위원 파일에 다른 심사위원의 채점지가 들어 있습니다. 그 채점지는 그 심사위원만 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>This is a whole contest file, not one judge&apos;s ballots.</source>
        <translation>이 파일은 대회 전체 자료 파일이고, 한 심사위원의 채점지가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="151"/>
        <source>This is one judge&apos;s ballots. To start, open the organiser&apos;s contest file.</source>
        <translation>이 파일은 한 심사위원의 채점지입니다. 먼저 담당자가 준 대회 자료 파일을 여세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>A judge code has 10 letters and digits, like 7KQ2M-X9D4P. Check it with the organiser.</source>
        <translation>심사위원 번호는 7KQ2M-X9D4P처럼 영문자와 숫자 10개입니다. 대회 담당자에게 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="156"/>
        <source>Nothing was changed.</source>
        <translation>아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="163"/>
        <source>This passphrase does not open the file, or the file was changed after it was saved. Nothing was changed; check the passphrase with the person who sent it.</source>
        <translation>이 암호로는 파일이 열리지 않습니다. 암호가 틀렸거나, 저장한 뒤에 파일이 바뀌었습니다. 아무것도 바뀌지 않았습니다. 파일을 보낸 사람에게 암호를 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="166"/>
        <source>This is not a file from a tutor&apos;s page or from Moksori. Nothing was changed; ask for the file that ends in .moksori-suggestions or .moksori.</source>
        <translation>선생님의 페이지나 이 프로그램에서 만든 파일이 아닙니다. 아무것도 바뀌지 않았습니다. 이름이 .moksori-suggestions 또는 .moksori로 끝나는 파일을 달라고 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="168"/>
        <source>This file is neither a tutor&apos;s suggestions nor a shared speech. Nothing was changed.</source>
        <translation>이 파일은 선생님의 제안도, 함께 쓰는 연설문도 아닙니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="170"/>
        <source>This file was made by a newer Moksori. Nothing was changed; update Moksori on this computer, then open it again.</source>
        <translation>더 최신 프로그램으로 만든 파일입니다. 아무것도 바뀌지 않았습니다. 이 컴퓨터의 “목소리”를 새로 설치한 다음 다시 열어 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="172"/>
        <source>This file is damaged or incomplete. Nothing was changed; ask for it to be sent again.</source>
        <translation>파일이 망가졌거나 일부만 왔습니다. 아무것도 바뀌지 않았습니다. 다시 보내 달라고 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="174"/>
        <source>This file opened, but there is nothing Moksori can use in it. Nothing was changed; ask for it to be sent again.</source>
        <translation>파일은 열렸지만 쓸 수 있는 내용이 없습니다. 아무것도 바뀌지 않았습니다. 다시 보내 달라고 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="176"/>
        <source>This file opened, but its contents are not valid. Nothing was changed; ask for it to be saved and sent again.</source>
        <translation>파일은 열렸지만 내용이 올바르지 않습니다. 아무것도 바뀌지 않았습니다. 다시 저장해서 보내 달라고 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="178"/>
        <source>This is the page you sent to your tutor, not her suggestions. Her file ends in .moksori-suggestions; ask her to click “Save my suggestions”.</source>
        <translation>이것은 선생님께 보낸 페이지이고, 선생님의 제안이 아닙니다. 제안 파일은 이름이 .moksori-suggestions로 끝납니다. 선생님께 페이지에서 “Save my suggestions”(제안 저장하기)를 눌러 달라고 해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="180"/>
        <source>These suggestions are for another speech. Nothing was changed; open that speech first, then open the file again.</source>
        <translation>이 제안은 다른 연설문에 대한 것입니다. 아무것도 바뀌지 않았습니다. 그 연설문을 먼저 연 다음 파일을 다시 열어 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="182"/>
        <source>These suggestions are for a speech that is not on this computer. Nothing was changed.</source>
        <translation>이 제안은 이 컴퓨터에 없는 연설문에 대한 것입니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="184"/>
        <source>This file could not be opened. Nothing was changed.</source>
        <translation>이 파일을 열 수 없습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="56"/>
        <source>Lock with a passphrase</source>
        <translation>암호로 잠그기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="59"/>
        <source>With the lock on, everything Moksori keeps on this computer — your speeches, your recordings, your contests — is encrypted. Anyone who picks up this computer needs the passphrase to see it.</source>
        <translation>잠금을 켜면 이 프로그램이 이 컴퓨터에 보관하는 모든 것(연설문, 녹음, 대회 자료)이 암호화됩니다. 누가 이 컴퓨터를 가져가도 암호 없이는 볼 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="65"/>
        <source>Passphrase: three or four words are easy to say and hard to guess</source>
        <translation>암호: 단어 서너 개는 말하기 쉽고 알아맞히기 어렵습니다</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="69"/>
        <source>The same passphrase again</source>
        <translation>같은 암호를 한 번 더</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="74"/>
        <source>If you forget the passphrase, only the recovery key (shown next) can open your data. Without either, nobody can open it — not even the people who made Moksori.</source>
        <translation>암호를 잊으면 다음 화면에 나오는 복구 열쇠로만 자료를 열 수 있습니다. 둘 다 없으면 아무도 열 수 없습니다. 이 프로그램을 만든 사람들도 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="92"/>
        <source>Too short: use at least 8 characters.</source>
        <translation>너무 짧습니다. 8글자 이상으로 정해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="92"/>
        <source>Weak: add another word or two.</source>
        <translation>약합니다. 단어를 한두 개 더 넣어 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="93"/>
        <source>Fair: another word would make it strong.</source>
        <translation>보통입니다. 단어를 하나 더 넣으면 강해집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="93"/>
        <source>Strong.</source>
        <translation>강합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="97"/>
        <source>The two passphrases are not the same.</source>
        <translation>두 암호가 같지 않습니다.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../ui/drafting/notes_panel.py" line="61"/>
        <source>Notes on the whole speech</source>
        <translation>연설문 전체 메모</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/notes_panel.py" line="68"/>
        <source>On this row</source>
        <translation>이 줄에</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/notes_panel.py" line="69"/>
        <source>On the whole speech</source>
        <translation>연설문 전체에</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/notes_panel.py" line="70"/>
        <source>Where the note belongs</source>
        <translation>메모를 달 곳</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/notes_panel.py" line="73"/>
        <source>Write a note… (Ctrl+Enter adds it)</source>
        <translation>메모를 쓰세요… (Ctrl+Enter로 추가)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/notes_panel.py" line="74"/>
        <source>New note</source>
        <translation>새 메모</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/notes_panel.py" line="77"/>
        <source>Add note</source>
        <translation>메모 추가</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/notes_panel.py" line="99"/>
        <source>Notes on this row</source>
        <translation>이 줄의 메모</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/notes_panel.py" line="103"/>
        <source>Notes on row %1</source>
        <translation>%1번 줄의 메모</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/notes_panel.py" line="122"/>
        <source>Tick when the note has been dealt with.</source>
        <translation>메모 내용을 해결했으면 표시하세요.</translation>
    </message>
</context>
<context>
    <name>PaceChart</name>
    <message>
        <location filename="../../ui/practice/charts.py" line="114"/>
        <source>Pace during this take</source>
        <extracomment>A comfortable pace for a speech, in words a minute (slower is fine for a learner).</extracomment>
        <translation>이번 녹음의 말 빠르기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/charts.py" line="122"/>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../ui/practice/charts.py" line="122"/>
        <source>words per minute</source>
        <translation>1분에 말한 단어 수</translation>
    </message>
    <message>
        <location filename="../../ui/practice/charts.py" line="123"/>
        <source>comfortable pace for a speech (100–165)</source>
        <translation>연설하기 알맞은 말 빠르기 (1분에 100–165단어)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="77"/>
        <source>Passphrase:</source>
        <translation>암호:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="82"/>
        <source>Once more:</source>
        <translation>한 번 더:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="84"/>
        <source>Show the passphrase</source>
        <translation>암호 보이기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="112"/>
        <source>Too short: use at least 8 characters, e.g. three short words.</source>
        <translation>너무 짧습니다. 8글자 이상으로 해 주세요. 예: 짧은 단어 세 개.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="113"/>
        <source>Fair. A longer one is safer.</source>
        <translation>괜찮습니다. 더 길면 더 안전합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="117"/>
        <source>Choose a passphrase: three or four words are easy to say and hard to guess.</source>
        <translation>암호를 정해 주세요. 단어 서너 개는 말하기 쉽고 알아맞히기 어렵습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="114"/>
        <source>Strong.</source>
        <translation>튼튼합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="119"/>
        <source>The two passphrases are not the same.</source>
        <translation>두 암호가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/contest/people.py" line="35"/>
        <source>Name (a pseudonym is fine)</source>
        <translation>이름 (가명도 괜찮습니다)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="35"/>
        <source>Speech title</source>
        <translation>연설 제목</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="36"/>
        <source>Script on this device</source>
        <translation>이 컴퓨터의 원고</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="42"/>
        <source>Judge (display name)</source>
        <translation>심사위원 (화면에 보일 이름)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="42"/>
        <source>Judge code</source>
        <translation>심사위원 번호</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="48"/>
        <source>Speakers, in speaking order</source>
        <translation>발표자 (발표 순서대로)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="51"/>
        <source>Add speaker</source>
        <translation>발표자 추가</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="51"/>
        <location filename="../../ui/contest/people.py" line="63"/>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="52"/>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="53"/>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="60"/>
        <source>Judges</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="63"/>
        <source>Add judge</source>
        <translation>심사위원 추가</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="71"/>
        <source>Tie-breaker judge</source>
        <translation>동점 판정 심사위원</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="73"/>
        <source>The tie-breaker judge also scores every speaker, but that ballot is used only to separate speakers who tie.</source>
        <translation>동점 판정 심사위원도 모든 발표자를 채점하지만, 그 채점지는 동점인 발표자를 가를 때만 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="95"/>
        <location filename="../../ui/contest/people.py" line="106"/>
        <source>— none —</source>
        <translation>— 없음 —</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="116"/>
        <source>Give this code to the judge only: her computer seals her ballots with it.</source>
        <translation>이 번호는 그 심사위원에게만 주세요. 그 사람의 컴퓨터가 이 번호로 채점지를 봉인합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="125"/>
        <source>Speaker %1</source>
        <translation>발표자 %1</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="167"/>
        <source>A speaker needs a name; a pseudonym is fine.</source>
        <translation>발표자에게는 이름이 필요합니다. 가명도 괜찮습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="180"/>
        <source>Judge %1</source>
        <translation>심사위원 %1</translation>
    </message>
    <message>
        <location filename="../../ui/contest/people.py" line="203"/>
        <source>A judge needs a display name.</source>
        <translation>심사위원에게는 화면에 보일 이름이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <location filename="../../ui/practice/player.py" line="23"/>
        <location filename="../../ui/practice/player.py" line="82"/>
        <source>Play</source>
        <translation>듣기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/player.py" line="28"/>
        <source>Position in the recording</source>
        <translation>녹음에서의 위치</translation>
    </message>
    <message>
        <location filename="../../ui/practice/player.py" line="82"/>
        <source>Pause</source>
        <translation>잠깐 멈춤</translation>
    </message>
</context>
<context>
    <name>PracticeMenu</name>
    <message>
        <location filename="../../ui/practice/practice_menu.py" line="58"/>
        <source>&amp;Practice</source>
        <translation>연습(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/practice_menu.py" line="59"/>
        <source>Practice studio…</source>
        <translation>연습실…</translation>
    </message>
    <message>
        <location filename="../../ui/practice/practice_menu.py" line="60"/>
        <source>Timekeeper (contest timing)…</source>
        <translation>시간 재기 (대회 시간)…</translation>
    </message>
    <message>
        <location filename="../../ui/practice/practice_menu.py" line="61"/>
        <source>Contest day…</source>
        <translation>대회 날…</translation>
    </message>
    <message>
        <location filename="../../ui/practice/practice_menu.py" line="64"/>
        <source>Listen to this sentence</source>
        <translation>이 문장 듣기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/practice_menu.py" line="65"/>
        <source>Listen to the whole speech</source>
        <translation>연설문 전체 듣기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/practice_menu.py" line="66"/>
        <source>Stop listening</source>
        <translation>듣기 멈추기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/practice_menu.py" line="68"/>
        <source>Reading speed</source>
        <translation>읽는 빠르기</translation>
    </message>
</context>
<context>
    <name>PracticeStudio</name>
    <message>
        <location filename="../../ui/practice/studio.py" line="55"/>
        <source>Practice — %1</source>
        <translation>연습 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="83"/>
        <source>Time limit %1–%2</source>
        <translation>제한 시간 %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="90"/>
        <source>Time spoken</source>
        <translation>말한 시간</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="95"/>
        <source>Microphone level</source>
        <translation>마이크 소리 크기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="96"/>
        <location filename="../../ui/practice/studio.py" line="312"/>
        <source>Record (Space)</source>
        <translation>녹음 (스페이스)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="99"/>
        <location filename="../../ui/practice/studio.py" line="230"/>
        <location filename="../../ui/practice/studio.py" line="313"/>
        <source>Pause (P)</source>
        <translation>잠깐 멈춤 (P)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="102"/>
        <source>Import a recording…</source>
        <translation>녹음 파일 가져오기…</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="110"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="131"/>
        <source>Microphone</source>
        <translation>마이크</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="216"/>
        <location filename="../../ui/practice/studio.py" line="231"/>
        <location filename="../../ui/practice/studio.py" line="258"/>
        <source>Recording… press Space to stop.</source>
        <translation>녹음하는 중… 멈추려면 스페이스를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="217"/>
        <source>Stop (Space)</source>
        <translation>멈추기 (스페이스)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="234"/>
        <source>Resume (P)</source>
        <translation>이어서 녹음 (P)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="235"/>
        <source>Paused. Press P to go on.</source>
        <translation>잠깐 멈췄습니다. 이어서 하려면 P를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="255"/>
        <source>No sound is arriving from the microphone… (the clock waits for it)</source>
        <translation>마이크에서 소리가 들어오지 않습니다… (소리가 올 때까지 시계가 멈춥니다)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="290"/>
        <source>Writing down what you said…</source>
        <translation>말한 것을 받아쓰는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio.py" line="331"/>
        <source>Take saved.</source>
        <translation>녹음을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio_analysis.py" line="58"/>
        <source>Import a recording</source>
        <translation>녹음 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio_analysis.py" line="59"/>
        <source>Recordings (*.wav *.flac *.mp3 *.m4a *.aac *.ogg *.oga *.opus)</source>
        <translation>녹음 파일 (*.wav *.flac *.mp3 *.m4a *.aac *.ogg *.oga *.opus)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio_analysis.py" line="90"/>
        <source>Listening to the recording…</source>
        <translation>녹음을 듣는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio_analysis.py" line="102"/>
        <source>Stopped. The take is kept; choose “Analyse again” to try later.</source>
        <translation>멈췄습니다. 녹음은 남아 있습니다. 나중에 ‘다시 분석하기’를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio_analysis.py" line="109"/>
        <source>Take analysed. The file seems cut short (it announces more than it holds): the report covers what is there.</source>
        <translation>녹음을 분석했습니다. 파일의 뒷부분이 잘린 것 같습니다(파일에 적힌 길이보다 짧습니다). 분석 결과는 남아 있는 부분만 다룹니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio_analysis.py" line="113"/>
        <source>Take analysed.</source>
        <translation>녹음 분석을 마쳤습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio_analysis.py" line="127"/>
        <source>Recover a practice take</source>
        <translation>연습 녹음 되살리기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio_analysis.py" line="128"/>
        <source>Moksori was closed while recording. Keep what was recorded and analyse it?</source>
        <translation>녹음하는 동안 이 프로그램이 닫혔습니다. 녹음된 것을 남기고 분석할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/practice/studio_analysis.py" line="132"/>
        <source>The interrupted recording is kept in the takes folder; it will be offered again next time.</source>
        <translation>중간에 끊긴 녹음은 녹음 폴더에 남아 있고, 다음에 다시 물어봅니다.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../ui/shell/privacy.py" line="73"/>
        <source>&amp;Lock</source>
        <translation>잠금(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="74"/>
        <source>Lock now</source>
        <translation>지금 잠그기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="79"/>
        <source>Change the passphrase…</source>
        <translation>암호 바꾸기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="81"/>
        <source>Back up everything…</source>
        <translation>모두 예비 사본 만들기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="83"/>
        <source>Restore from a backup…</source>
        <translation>예비 사본에서 되살리기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="108"/>
        <source>No backup this week: Lock → Back up everything… keeps your work safe if this computer is lost.</source>
        <translation>이번 주에는 예비 사본을 만들지 않았습니다. 잠금 → 모두 예비 사본 만들기…를 해 두면 이 컴퓨터를 잃어버려도 작업이 안전합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="113"/>
        <source>Turn the lock off…</source>
        <translation>잠금 끄기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="113"/>
        <source>Lock with a passphrase…</source>
        <translation>암호로 잠그기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="174"/>
        <source>Encrypting your speeches and recordings…</source>
        <translation>연설문과 녹음을 암호화하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="185"/>
        <source>Turn the lock off</source>
        <translation>잠금 끄기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="186"/>
        <source>Your data will no longer be encrypted: anyone using this computer could read it. Type your passphrase to turn the lock off.</source>
        <translation>자료가 더 이상 암호화되지 않습니다. 이 컴퓨터를 쓰는 사람은 누구나 읽을 수 있게 됩니다. 잠금을 끄려면 암호를 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="196"/>
        <source>Decrypting…</source>
        <translation>암호를 푸는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="199"/>
        <location filename="../../ui/shell/privacy.py" line="203"/>
        <location filename="../../ui/shell/privacy.py" line="209"/>
        <location filename="../../ui/shell/privacy.py" line="212"/>
        <source>Change the passphrase</source>
        <translation>암호 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="199"/>
        <source>Your passphrase now:</source>
        <translation>지금 쓰는 암호:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="210"/>
        <location filename="../../ui/shell/privacy.py" line="331"/>
        <source>That passphrase is not right. Nothing was changed; try again.</source>
        <translation>암호가 맞지 않습니다. 아무것도 바뀌지 않았습니다. 다시 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="213"/>
        <source>The passphrase is changed. Your recovery key still works.</source>
        <translation>암호를 바꿨습니다. 복구 열쇠는 그대로 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="219"/>
        <location filename="../../ui/shell/privacy.py" line="224"/>
        <location filename="../../ui/shell/privacy.py" line="234"/>
        <source>Back up everything</source>
        <translation>모두 예비 사본 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="221"/>
        <location filename="../../ui/shell/privacy.py" line="243"/>
        <source>Moksori backups (*%1)</source>
        <translation>“목소리” 예비 사본 (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="225"/>
        <source>The backup is one encrypted file with all your speeches, recordings, contests and settings. Choose the passphrase that will open it (it can be your lock&apos;s passphrase). Keep the file on a USB stick or another computer: if this computer is lost, it brings everything back.</source>
        <translation>예비 사본은 모든 연설문, 녹음, 대회 자료, 설정을 담은 암호화된 파일 하나입니다. 이 파일을 열 암호를 정해 주세요(잠금 암호와 같아도 됩니다). 파일은 USB 메모리나 다른 컴퓨터에 보관해 주세요. 이 컴퓨터를 잃어버려도 이 파일로 모두 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="235"/>
        <source>Backed up: %1 speeches, %2 recordings, %3 contests.</source>
        <translation>예비 사본을 만들었습니다. 연설문 %1개, 녹음 %2개, 대회 %3개.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="238"/>
        <source>Backing up…</source>
        <translation>예비 사본을 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="242"/>
        <location filename="../../ui/shell/privacy.py" line="246"/>
        <location filename="../../ui/shell/privacy.py" line="260"/>
        <location filename="../../ui/shell/privacy.py" line="268"/>
        <source>Restore from a backup</source>
        <translation>예비 사본에서 되살리기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="247"/>
        <source>Type the passphrase you chose when you made this backup.</source>
        <translation>이 예비 사본을 만들 때 정한 암호를 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="255"/>
        <source>This computer already has speeches. From the backup, %1 speeches will be added and %2 merged with the ones here (where a sentence differs, both wordings are kept), and %3 contests added. Nothing here is overwritten. Go ahead?</source>
        <translation>이 컴퓨터에는 이미 연설문이 있습니다. 예비 사본에서 연설문 %1개를 추가하고, %2개는 여기 있는 연설문과 합칩니다(문장이 다르면 두 표현을 모두 남깁니다). 대회 %3개를 추가합니다. 여기 있는 것은 하나도 지우거나 덮어쓰지 않습니다. 계속할까요?</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="263"/>
        <source>Restoring…</source>
        <translation>되살리는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="269"/>
        <source>Everything in the backup is back.</source>
        <translation>예비 사본의 모든 것을 되살렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="271"/>
        <source>Checking the backup…</source>
        <translation>예비 사본을 확인하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="277"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="309"/>
        <source>Moksori</source>
        <translation>목소리</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="319"/>
        <source>That passphrase does not open this backup. Nothing was changed; try again.</source>
        <translation>이 암호로는 예비 사본이 열리지 않습니다. 아무것도 바뀌지 않았습니다. 다시 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="321"/>
        <source>This backup file is cut off (perhaps it was copied only in part). Nothing was changed; use another copy of the backup.</source>
        <translation>이 예비 사본 파일은 끝이 잘려 있습니다(일부만 복사되었을 수 있습니다). 아무것도 바뀌지 않았습니다. 다른 예비 사본을 써 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="323"/>
        <source>This backup file is damaged. Nothing was changed; use another copy of the backup.</source>
        <translation>이 예비 사본 파일은 망가졌습니다. 아무것도 바뀌지 않았습니다. 다른 예비 사본을 써 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="325"/>
        <source>This is not a Moksori backup file. Nothing was changed.</source>
        <translation>“목소리” 예비 사본 파일이 아닙니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="326"/>
        <source>There is not enough room there. No backup was written; free some space or choose another place.</source>
        <translation>그곳에 저장 공간이 모자랍니다. 예비 사본을 만들지 않았습니다. 공간을 비우거나 다른 곳을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="328"/>
        <source>The backup was cancelled. No file was written.</source>
        <translation>예비 사본 만들기를 취소했습니다. 파일은 만들지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="329"/>
        <source>The backup could not be written there. Choose another place.</source>
        <translation>그곳에는 예비 사본을 저장할 수 없습니다. 다른 곳을 골라 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="333"/>
        <source>Moksori stopped before it finished (%1). Nothing is lost: your data opens as before, and the next start finishes the job.</source>
        <translation>이 프로그램이 일을 끝내기 전에 멈췄습니다(%1). 잃어버린 것은 없습니다. 자료는 전처럼 열리고, 다음에 시작할 때 남은 일을 마칩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/privacy.py" line="335"/>
        <source>Something went wrong. Nothing is lost; the details are in the log.</source>
        <translation>문제가 생겼습니다. 잃어버린 것은 없습니다. 자세한 내용은 기록 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../ui/practice/charts.py" line="133"/>
        <source>Script accuracy (%)</source>
        <translation>원고대로 말한 비율 (%)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/charts.py" line="134"/>
        <source>Pace (words per minute)</source>
        <translation>말 빠르기 (1분에 말한 단어 수)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/charts.py" line="135"/>
        <source>Fillers</source>
        <translation>군말</translation>
    </message>
    <message>
        <location filename="../../ui/practice/charts.py" line="136"/>
        <source>Duration (seconds)</source>
        <translation>길이 (초)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/charts.py" line="139"/>
        <source>Progress across takes</source>
        <translation>녹음마다 달라진 모습</translation>
    </message>
    <message>
        <location filename="../../ui/practice/charts.py" line="168"/>
        <source>take</source>
        <translation>녹음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/charts.py" line="171"/>
        <source>comfortable pace for a speech (100–165)</source>
        <translation>연설하기 알맞은 말 빠르기 (1분에 100–165단어)</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="200"/>
        <source>full text</source>
        <translation>전체 글</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="201"/>
        <source>first letters</source>
        <translation>첫 글자</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="202"/>
        <source>key words</source>
        <translation>핵심 단어</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="203"/>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="209"/>
        <source>not reached</source>
        <translation>가지 못함</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="211"/>
        <source>no hints</source>
        <translation>도움 없음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="213"/>
        <source>%1 hints: %2</source>
        <translation>도움 %1번: %2</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="222"/>
        <source>Script that follows your voice</source>
        <translation>말하는 곳을 따라가는 원고</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="223"/>
        <source>You went through %1 of %2 sentences with it.</source>
        <translation>문장 %2개 중 %1개를 말했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="235"/>
        <source>You needed hints in %1 of %2 sentences.</source>
        <translation>문장 %2개 중 %1개에서 도움이 필요했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="237"/>
        <source>No hints needed in the sentences you reached.</source>
        <translation>말한 문장에서는 도움이 필요 없었습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="238"/>
        <source>Sentence</source>
        <translation>문장</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="238"/>
        <source>Shown</source>
        <translation>보인 것</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="239"/>
        <source>Hints</source>
        <translation>도움</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="240"/>
        <source>Level, last runs</source>
        <translation>지난 연습의 단계</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="241"/>
        <source>Learning it by heart</source>
        <translation>외우기</translation>
    </message>
</context>
<context>
    <name>PrompterView</name>
    <message>
        <location filename="../../ui/practice/prompter_view.py" line="37"/>
        <source>Prompter</source>
        <translation>원고 보기</translation>
    </message>
</context>
<context>
    <name>PromptingControls</name>
    <message>
        <location filename="../../ui/practice/prompting.py" line="50"/>
        <source>Not shown</source>
        <translation>보이지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompting.py" line="51"/>
        <source>Follows my voice</source>
        <translation>말하는 곳 따라가기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompting.py" line="52"/>
        <source>Learn it by heart</source>
        <translation>외우기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompting.py" line="55"/>
        <source>Rises as I improve</source>
        <translation>잘할수록 줄이기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompting.py" line="56"/>
        <source>Full text</source>
        <translation>전체 글</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompting.py" line="57"/>
        <source>First letters</source>
        <translation>첫 글자만</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompting.py" line="58"/>
        <source>Key words only</source>
        <translation>핵심 단어만</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompting.py" line="59"/>
        <source>Nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompting.py" line="61"/>
        <source>&amp;Script while recording</source>
        <translation>녹음할 때 원고(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompting.py" line="63"/>
        <source>&amp;Help</source>
        <translation>도움(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/prompting.py" line="145"/>
        <source>The script cannot follow your voice on this computer; the take is recorded as usual. Use the arrow keys to move through the script.</source>
        <translation>이 컴퓨터에서는 원고가 말하는 곳을 따라가지 못합니다. 녹음은 평소처럼 됩니다. 화살표 키로 원고를 움직이세요.</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../ui/drafting/reading_view.py" line="18"/>
        <source>Read the whole speech</source>
        <translation>연설문 전체 읽기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/reading_view.py" line="23"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/reading_view.py" line="24"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/reading_view.py" line="41"/>
        <source>English (%1 words)</source>
        <translation>영어 (%1 단어)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="111"/>
        <source>Your recovery key</source>
        <translation>복구 열쇠</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="115"/>
        <source>Write this key down on paper, or print it, and keep it somewhere apart from this computer. If you forget your passphrase, this key is the only way to open your data. It is shown only now.</source>
        <translation>이 열쇠를 종이에 적거나 인쇄해서 이 컴퓨터와 떨어진 곳에 보관해 주세요. 암호를 잊으면 이 열쇠로만 자료를 열 수 있습니다. 열쇠는 지금 한 번만 보여 드립니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="126"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="128"/>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="130"/>
        <source>I have written the key down</source>
        <translation>열쇠를 적어 두었습니다</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="158"/>
        <source>Moksori recovery key</source>
        <translation>“목소리” 복구 열쇠</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="160"/>
        <source>Keep this paper apart from the computer.</source>
        <translation>이 종이는 컴퓨터와 떨어진 곳에 보관해 주세요.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../ui/practice/report_view.py" line="158"/>
        <source>under the time limit</source>
        <translation>제한 시간보다 짧음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="159"/>
        <source>over the time limit</source>
        <translation>제한 시간보다 김</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="160"/>
        <source>within the time limit</source>
        <translation>제한 시간 안</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="164"/>
        <source>%1 % — %2 of %3 words as written</source>
        <translation>%1 % — 단어 %3개 가운데 %2개를 원고대로 말함</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="168"/>
        <source>(hard to make out in this take; click to hear it)</source>
        <translation>(이번 녹음에서 알아듣기 어려웠습니다. 눌러서 들어 보세요)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="172"/>
        <source>Speaking time</source>
        <translation>말한 시간</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="174"/>
        <source>Script accuracy</source>
        <translation>원고대로 말한 비율</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="175"/>
        <source>Pace</source>
        <translation>말 빠르기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="176"/>
        <source>%1 words per minute</source>
        <translation>1분에 %1단어</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="177"/>
        <source>Fillers</source>
        <translation>군말</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="178"/>
        <source>Long pauses</source>
        <translation>긴 멈춤</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="179"/>
        <source>Words to practise</source>
        <translation>더 연습할 단어</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="182"/>
        <source>Heard</source>
        <translation>들린 말</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="191"/>
        <source>the %1 sounded like %2</source>
        <translation>%1 소리가 %2 소리처럼 들림</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="222"/>
        <source>The sounds were not checked on this computer, so a changed or unclear word may be the recogniser&apos;s mistake.</source>
        <translation>이 컴퓨터에서는 발음 소리를 확인하지 못했습니다. 바뀌었거나 알아듣기 어렵다고 표시된 단어는 인식 프로그램의 실수일 수도 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="224"/>
        <source>The sound check failed for this take (the log has the details); changed and unclear words are the recogniser&apos;s guess.</source>
        <translation>이번 녹음의 발음 소리 확인에 실패했습니다 (자세한 내용은 기록 파일에 있습니다). 바뀌었거나 알아듣기 어렵다고 표시된 단어는 인식 프로그램이 짐작한 것입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="227"/>
        <source>▶ yours</source>
        <translation>▶ 내 발음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="227"/>
        <source>▶ said right</source>
        <translation>▶ 바른 발음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="229"/>
        <source>(it sounded like “%1”)</source>
        <translation>(“%1”처럼 들렸습니다)</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="275"/>
        <source>wpm</source>
        <translation>단어/분</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../ui/contest/results.py" line="37"/>
        <source>Place</source>
        <translation>순위</translation>
    </message>
    <message>
        <location filename="../../ui/contest/results.py" line="37"/>
        <source>Speaker</source>
        <translation>발표자</translation>
    </message>
    <message>
        <location filename="../../ui/contest/results.py" line="38"/>
        <source>How the place was reached</source>
        <translation>순위가 정해진 방법</translation>
    </message>
    <message>
        <location filename="../../ui/contest/results.py" line="47"/>
        <source>The printed results</source>
        <translation>인쇄될 결과</translation>
    </message>
    <message>
        <location filename="../../ui/contest/results.py" line="48"/>
        <source>Save as PDF… (Ctrl+Shift+P)</source>
        <translation>PDF로 저장… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/results.py" line="50"/>
        <source>Print… (Ctrl+P)</source>
        <translation>인쇄… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/results.py" line="76"/>
        <source>Disqualified for time</source>
        <translation>시간 실격</translation>
    </message>
    <message>
        <location filename="../../ui/contest/results.py" line="83"/>
        <source>%1 of %2 ballots are in.</source>
        <translation>채점지 %2장 중 %1장이 들어왔습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/results.py" line="85"/>
        <source>Add judges to see places.</source>
        <translation>순위를 보려면 심사위원을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/results.py" line="87"/>
        <source>Still missing: %1</source>
        <translation>아직 없는 채점지: %1</translation>
    </message>
    <message>
        <location filename="../../ui/contest/results.py" line="92"/>
        <source>Not timed yet: %1</source>
        <translation>아직 시간을 재지 않음: %1</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../ui/drafting/roles.py" line="12"/>
        <source>Tutor</source>
        <translation>선생님</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/roles.py" line="13"/>
        <source>Student</source>
        <translation>학생</translation>
    </message>
</context>
<context>
    <name>RubricPage</name>
    <message>
        <location filename="../../ui/contest/rubric.py" line="37"/>
        <source>Group</source>
        <translation>묶음</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="37"/>
        <source>Criterion</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="37"/>
        <source>Points</source>
        <translation>배점</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="38"/>
        <source>What the judge looks for</source>
        <translation>심사위원이 보는 것</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="45"/>
        <source>Classic 100-point ballot</source>
        <translation>100점 기본 채점 기준</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="46"/>
        <source>Learners&apos; rubric (30 points)</source>
        <translation>학습자 채점 기준 (30점)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="47"/>
        <source>Add criterion</source>
        <translation>항목 추가</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="48"/>
        <source>Remove criterion</source>
        <translation>항목 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="55"/>
        <source>Add award</source>
        <translation>상 추가</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="56"/>
        <source>Remove award</source>
        <translation>상 빼기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="57"/>
        <source>Standard awards</source>
        <translation>기본 상</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="62"/>
        <source>Show the ready-made names in this language</source>
        <translation>기본 이름을 한국어로 보이기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="65"/>
        <source>Rubric (what each judge scores)</source>
        <translation>채점 기준 (심사위원이 채점하는 것)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="76"/>
        <source>Category awards (decided by the judges&apos; votes)</source>
        <translation>부문상 (심사위원 투표로 정함)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="109"/>
        <source>Ballots have been submitted with this rubric, so it can no longer change.</source>
        <translation>이 채점 기준으로 채점지가 제출되어 더는 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="113"/>
        <source>Total: %1 points</source>
        <translation>합계: %1점</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="139"/>
        <source>Each criterion needs a name and points above 0 (row %1).</source>
        <translation>항목마다 이름과 0보다 큰 배점이 필요합니다 (%1번째 줄).</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="181"/>
        <source>New criterion</source>
        <translation>새 항목</translation>
    </message>
    <message>
        <location filename="../../ui/contest/rubric.py" line="201"/>
        <source>New award</source>
        <translation>새 상</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="175"/>
        <source>Save a version</source>
        <translation>저장본 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="179"/>
        <source>This is the first draft the student wrote alone</source>
        <translation>학생이 혼자 쓴 첫 초고입니다</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="186"/>
        <source>Name of this version:</source>
        <translation>이 판의 이름:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="33"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="35"/>
        <source>Same as the computer</source>
        <translation>컴퓨터와 같게</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="41"/>
        <source> words per minute</source>
        <translation> 단어/분</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="46"/>
        <source>Speakers in a contest usually say 100 to 165 words a minute; learners often speak more slowly, and that is fine.</source>
        <translation>대회 발표자는 보통 1분에 100~165 단어를 말합니다. 배우는 사람은 더 천천히 말해도 괜찮습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="50"/>
        <source>The computer&apos;s default</source>
        <translation>컴퓨터 기본값</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="55"/>
        <source>base — keeps filler words (recommended)</source>
        <translation>base — 군말도 받아씀 (추천)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="56"/>
        <source>tiny.en — faster, English only, misses “um” and “uh”</source>
        <translation>tiny.en — 더 빠름, 영어만, ‘음’과 ‘어’를 놓침</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="62"/>
        <source> words</source>
        <translation> 단어</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="65"/>
        <source>e.g. http://localhost:8081 (leave empty to use Harper)</source>
        <translation>예: http://localhost:8081 (비워 두면 Harper를 씁니다)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="66"/>
        <source>Grammar is checked with %1, on this computer.</source>
        <translation>문법 검사는 이 컴퓨터에서 합니다. 검사 도구: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="73"/>
        <source> minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="74"/>
        <source>Never</source>
        <translation>잠그지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="76"/>
        <source>Remind me when I have not backed up for a week</source>
        <translation>일주일 동안 예비 사본을 만들지 않으면 알려 주기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="79"/>
        <source>Last backup: %1</source>
        <translation>마지막 예비 사본: %1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="80"/>
        <source>Last backup: never</source>
        <translation>마지막 예비 사본: 없음</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="83"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="84"/>
        <source>Speaking pace</source>
        <translation>말 빠르기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="86"/>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="87"/>
        <source>Microphone</source>
        <translation>마이크</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="88"/>
        <source>Speech recognition</source>
        <translation>말소리 알아듣기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="89"/>
        <source>A sentence is long after</source>
        <translation>긴 문장의 기준</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="90"/>
        <source>LanguageTool on this computer</source>
        <translation>이 컴퓨터의 LanguageTool</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="94"/>
        <source>Turn the lock off…</source>
        <translation>잠금 끄기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="95"/>
        <source>Lock with a passphrase…</source>
        <translation>암호로 잠그기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="96"/>
        <source>Back up everything…</source>
        <translation>모두 예비 사본 만들기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="100"/>
        <source>Lock and backups</source>
        <translation>잠금과 예비 사본</translation>
    </message>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="101"/>
        <source>With the lock on, lock after</source>
        <translation>잠금을 켰을 때 자동으로 잠글 시간</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/contest/setup.py" line="85"/>
        <source>e.g. Spring English speech contest</source>
        <translation>예: 봄 영어 말하기 대회</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="96"/>
        <source>Points by rank (Borda count)</source>
        <translation>순위별 점수 (보르다 방식)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="97"/>
        <source>Sum of ranks (fewest wins)</source>
        <translation>순위 합 (작을수록 높음)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="99"/>
        <source>Points for 1st, 2nd, 3rd … place on each judge&apos;s ballot, e.g. 3, 2, 1</source>
        <translation>심사위원마다 1위, 2위, 3위 …에게 주는 점수, 예: 3, 2, 1</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="103"/>
        <source>Contest</source>
        <translation>대회</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="105"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="106"/>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="107"/>
        <source>Time rules (minutes:seconds)</source>
        <translation>시간 규칙 (분:초)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="109"/>
        <source>Minimum time</source>
        <translation>최소 시간</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="109"/>
        <source>Maximum time</source>
        <translation>최대 시간</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="110"/>
        <source>Green card at</source>
        <translation>초록 카드</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="110"/>
        <source>Amber card at</source>
        <translation>노란 카드</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="110"/>
        <source>Red card at</source>
        <translation>빨간 카드</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="111"/>
        <source>Disqualified under</source>
        <translation>실격 (이보다 짧으면)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="111"/>
        <source>Disqualified over</source>
        <translation>실격 (이보다 길면)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="114"/>
        <source>Deciding the places</source>
        <translation>순위 정하기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="116"/>
        <source>Judges&apos; ranks combined by</source>
        <translation>심사위원 순위 합치는 방법</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="117"/>
        <source>Points by rank</source>
        <translation>순위별 점수</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="118"/>
        <source>The tie-breaker judge is chosen with the judges.</source>
        <translation>동점 판정 심사위원은 심사위원 목록에서 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="152"/>
        <source>Speakers should speak between %1 and %2. Under %3 or over %4 a speaker is disqualified and gets no place.</source>
        <translation>발표자는 %1에서 %2 사이로 말해야 합니다. %3보다 짧거나 %4보다 길면 실격되어 순위에 들지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="171"/>
        <source>Points by rank must be numbers from the most to the fewest, e.g. 3, 2, 1.</source>
        <translation>순위별 점수는 큰 수부터 차례로 적은 숫자여야 합니다. 예: 3, 2, 1</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="175"/>
        <source>The minimum time must not be longer than the maximum.</source>
        <translation>최소 시간은 최대 시간보다 길 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="176"/>
        <source>The cards must come in order: green, then amber, then red.</source>
        <translation>카드는 초록, 노랑, 빨강 순서여야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/setup.py" line="177"/>
        <source>Disqualification must lie outside the limits: under the minimum, over the maximum.</source>
        <translation>실격 시간은 제한 밖이어야 합니다: 최소 시간보다 짧게, 최대 시간보다 길게.</translation>
    </message>
</context>
<context>
    <name>Sounds</name>
    <message>
        <location filename="../../ui/practice/report_view.py" line="198"/>
        <source>r: curl the tip of your tongue back without touching the roof of your mouth, lips a little rounded.</source>
        <translation>r: 혀끝을 입천장에 닿지 않게 뒤로 살짝 말고, 입술은 조금 둥글게 하세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="200"/>
        <source>l: press the tip of your tongue on the ridge behind your upper teeth and keep it there while you make the sound.</source>
        <translation>l: 혀끝을 윗니 뒤 잇몸에 붙이고, 소리를 내는 동안 떼지 마세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="202"/>
        <source>f: rest your upper teeth lightly on your lower lip and blow; the lips never close.</source>
        <translation>f: 윗니를 아랫입술에 가볍게 대고 바람을 내보내세요. 두 입술은 닫지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="204"/>
        <source>v: upper teeth on your lower lip, as for f, but with your voice on: the lip buzzes. The lips never close.</source>
        <translation>v: f처럼 윗니를 아랫입술에 대고, 목을 울리며 소리 내세요. 아랫입술이 떨립니다. 두 입술은 닫지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="206"/>
        <source>th in “think”: put the tip of your tongue between your teeth and blow gently.</source>
        <translation>think의 th: 혀끝을 윗니와 아랫니 사이에 살짝 내밀고 바람을 부드럽게 내보내세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="208"/>
        <source>th in “this”: the tip of your tongue between your teeth, with your voice on.</source>
        <translation>this의 th: 혀끝을 윗니와 아랫니 사이에 두고, 목을 울리며 소리 내세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="210"/>
        <source>z: a buzzing s. Keep the tongue off the roof of your mouth; j presses it there.</source>
        <translation>z: 목을 울리는 s 소리입니다. 혀를 입천장에 붙이지 마세요. 붙이면 j 소리가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="212"/>
        <source>ee in “sheep”: spread your lips and make it long and tense.</source>
        <translation>sheep의 ee: 입꼬리를 옆으로 당기고 힘을 주어 길게 소리 내세요.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/report_view.py" line="213"/>
        <source>i in “ship”: short and relaxed; do not stretch it into ee.</source>
        <translation>ship의 i: 힘을 빼고 짧게 소리 내세요. ee처럼 길게 늘이지 마세요.</translation>
    </message>
</context>
<context>
    <name>SpeechDetailsDialog</name>
    <message>
        <location filename="../../ui/drafting/speech_details_dialog.py" line="31"/>
        <source>Speech details</source>
        <translation>연설문 정보</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_details_dialog.py" line="36"/>
        <source>A pseudonym is fine</source>
        <translation>가명도 괜찮습니다</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_details_dialog.py" line="42"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_details_dialog.py" line="43"/>
        <source>Speaker</source>
        <translation>발표자</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_details_dialog.py" line="44"/>
        <source>Shortest time</source>
        <translation>최소 시간</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_details_dialog.py" line="45"/>
        <source>Longest time</source>
        <translation>최대 시간</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_details_dialog.py" line="60"/>
        <source>A speech needs a title.</source>
        <translation>연설문에는 제목이 있어야 합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_details_dialog.py" line="64"/>
        <source>The shortest time must not be longer than the longest time.</source>
        <translation>최소 시간이 최대 시간보다 길면 안 됩니다.</translation>
    </message>
</context>
<context>
    <name>SpeechEditor</name>
    <message>
        <location filename="../../ui/drafting/speech_editor.py" line="44"/>
        <source>Korean — what I mean</source>
        <extracomment>A paste longer than this is far beyond any contest speech (10 minutes is about 1,300 words).</extracomment>
        <translation>한국어 — 하고 싶은 말</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_editor.py" line="45"/>
        <source>English — what I will say</source>
        <translation>영어 — 내가 말할 문장</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_editor.py" line="56"/>
        <source>+ Add a row</source>
        <translation>+ 줄 추가</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_editor.py" line="89"/>
        <source>Korean sentence</source>
        <translation>한국어 문장</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_editor.py" line="90"/>
        <source>English sentence</source>
        <translation>영어 문장</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_editor.py" line="173"/>
        <source>%1 alternatives, %2 open notes</source>
        <translation>다른 표현 %1개, 남은 메모 %2개</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_editor.py" line="257"/>
        <source>Split row</source>
        <translation>줄 나누기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_editor.py" line="271"/>
        <source>Merge rows</source>
        <translation>줄 합치기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_editor.py" line="289"/>
        <source>Very long paste</source>
        <translation>아주 긴 붙여넣기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_editor.py" line="290"/>
        <source>You are pasting %1 characters, much longer than a contest speech. Paste it all as sentence rows?</source>
        <translation>%1자를 붙여넣으려고 합니다. 대회 연설문보다 훨씬 깁니다. 모두 문장 줄로 붙여넣을까요?</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_editor.py" line="311"/>
        <source>Paste sentences</source>
        <translation>문장 붙여넣기</translation>
    </message>
</context>
<context>
    <name>SpeechPage</name>
    <message>
        <location filename="../../ui/drafting/speech_page.py" line="27"/>
        <source>Details…</source>
        <translation>정보…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_page.py" line="28"/>
        <source>Title, speaker and time limits</source>
        <translation>제목, 발표자, 제한 시간</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_page.py" line="51"/>
        <source>Time limit %1–%2</source>
        <translation>제한 시간 %1–%2</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_page.py" line="53"/>
        <source>no speaker name yet</source>
        <translation>아직 발표자 이름 없음</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_page.py" line="64"/>
        <source>%1 English words · about %2 at %3 words a minute — limit %4–%5</source>
        <translation>영어 %1 단어 · 1분에 %3 단어로 약 %2 — 제한 %4–%5</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_page.py" line="68"/>
        <source>too short</source>
        <translation>최소 시간보다 짧음</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_page.py" line="68"/>
        <source>too long</source>
        <translation>최대 시간보다 김</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/speech_page.py" line="68"/>
        <source>within the limit</source>
        <translation>시간 안에 맞음</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/shell/application.py" line="46"/>
        <source>Choose a new passphrase</source>
        <translation>새 암호 정하기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/application.py" line="52"/>
        <source>Moksori could not finish turning the lock on or off (%1). Nothing is lost; free some storage space and start again.</source>
        <translation>이 프로그램이 잠금을 켜거나 끄는 일을 끝내지 못했습니다(%1). 잃어버린 것은 없습니다. 저장 공간을 비우고 다시 시작해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/application.py" line="64"/>
        <location filename="../../ui/shell/application.py" line="78"/>
        <source>Damaged data file</source>
        <translation>망가진 자료 파일</translation>
    </message>
    <message>
        <location filename="../../ui/shell/application.py" line="66"/>
        <source>Moksori can keep the damaged file aside, untouched, and start with an empty library. Backups made before upgrades are in the “backups” folder next to it.

%1</source>
        <translation>이 프로그램은 망가진 파일을 건드리지 않고 따로 보관한 뒤, 빈 서재로 새로 시작할 수 있습니다. 프로그램을 새로 설치하기 전에 만든 예비 사본은 옆의 “backups” 폴더에 있습니다.

%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/application.py" line="70"/>
        <source>Keep it aside and start empty</source>
        <translation>따로 보관하고 새로 시작</translation>
    </message>
    <message>
        <location filename="../../ui/shell/application.py" line="72"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/application.py" line="79"/>
        <source>The damaged file was kept as:
%1</source>
        <translation>망가진 파일은 이렇게 보관했습니다:
%1</translation>
    </message>
    <message>
        <location filename="../../ui/shell/application.py" line="52"/>
        <location filename="../../ui/shell/application.py" line="83"/>
        <source>Moksori cannot start</source>
        <translation>이 프로그램을 시작할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>TakeList</name>
    <message>
        <location filename="../../ui/practice/take_list.py" line="22"/>
        <source>Take</source>
        <translation>녹음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/take_list.py" line="22"/>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <location filename="../../ui/practice/take_list.py" line="22"/>
        <source>Accuracy</source>
        <translation>원고대로 말한 비율</translation>
    </message>
    <message>
        <location filename="../../ui/practice/take_list.py" line="22"/>
        <source>Pace</source>
        <translation>말 빠르기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/take_list.py" line="23"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/practice/take_list.py" line="29"/>
        <source>Practice takes</source>
        <translation>연습 녹음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/take_list.py" line="31"/>
        <source>too short</source>
        <translation>최소 시간보다 짧음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/take_list.py" line="31"/>
        <source>on time</source>
        <translation>제한 시간 안</translation>
    </message>
    <message>
        <location filename="../../ui/practice/take_list.py" line="31"/>
        <source>too long</source>
        <translation>최대 시간보다 김</translation>
    </message>
    <message>
        <location filename="../../ui/practice/take_list.py" line="46"/>
        <source>imported</source>
        <translation>가져옴</translation>
    </message>
    <message>
        <location filename="../../ui/practice/take_list.py" line="48"/>
        <source>recovered</source>
        <translation>되살림</translation>
    </message>
    <message>
        <location filename="../../ui/practice/take_list.py" line="52"/>
        <source>not analysed</source>
        <translation>분석 안 함</translation>
    </message>
</context>
<context>
    <name>TakesPanel</name>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="57"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="61"/>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="61"/>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="62"/>
        <source>Export audio…</source>
        <translation>녹음 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="63"/>
        <source>Export transcript…</source>
        <translation>받아쓴 글 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="64"/>
        <source>Analyse again</source>
        <translation>다시 분석하기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="65"/>
        <source>Deleted takes…</source>
        <translation>지운 녹음…</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="79"/>
        <source>Report</source>
        <translation>분석 결과</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="80"/>
        <source>Pace</source>
        <translation>말 빠르기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="81"/>
        <source>Progress</source>
        <translation>연습 기록</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="115"/>
        <source>No take chosen. Press Space to record one, or import a recording; its report appears here.</source>
        <translation>고른 녹음이 없습니다. 스페이스를 눌러 녹음하거나 녹음 파일을 가져오세요. 결과가 여기에 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="126"/>
        <source>This take has not been analysed yet.</source>
        <translation>이 녹음은 아직 분석하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="127"/>
        <source>The speech has no English sentences yet, so there is nothing to compare with. Heard: %1</source>
        <translation>연설에 아직 영어 문장이 없어서 견줄 것이 없습니다. 들린 말: %1</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="164"/>
        <source>Rename take</source>
        <translation>녹음 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="164"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="175"/>
        <source>Take deleted.</source>
        <translation>녹음을 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="187"/>
        <source>Take restored.</source>
        <translation>녹음을 되살렸습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="193"/>
        <source>No deleted takes.</source>
        <translation>지운 녹음이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="196"/>
        <source>Erase all deleted takes for good…</source>
        <translation>지운 녹음 모두 완전히 지우기…</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="197"/>
        <source>Deleted takes</source>
        <translation>지운 녹음</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="197"/>
        <source>Bring back, or erase</source>
        <translation>되살리거나 완전히 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="210"/>
        <source>Erase for good</source>
        <translation>완전히 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="211"/>
        <source>Erase the deleted takes and their recordings from this computer? This cannot be undone.</source>
        <translation>지운 녹음을 이 컴퓨터에서 완전히 지울까요? 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="222"/>
        <source>Deleted takes erased: %1</source>
        <translation>완전히 지운 녹음: %1개</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="229"/>
        <source>Export audio</source>
        <translation>녹음 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="234"/>
        <source>This take cannot be opened.</source>
        <translation>이 녹음을 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="236"/>
        <location filename="../../ui/practice/takes_panel.py" line="257"/>
        <source>Could not write the file: %1</source>
        <translation>파일을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="242"/>
        <source>Export transcript</source>
        <translation>받아쓴 글 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/practice/takes_panel.py" line="243"/>
        <source>Text (*.txt);;Subtitles (*.srt);;Web subtitles (*.vtt);;JSON (*.json)</source>
        <translation>글 (*.txt);;자막 (*.srt);;웹 자막 (*.vtt);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>TimekeeperWindow</name>
    <message>
        <location filename="../../ui/contest/timekeeper.py" line="35"/>
        <source>Timekeeper</source>
        <translation>시간 재기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timekeeper.py" line="44"/>
        <source>Space: start at the first word / stop · R: reset · F11: full screen</source>
        <translation>스페이스: 첫 단어에 시작 / 멈춤 · R: 처음으로 · F11: 전체 화면</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timekeeper.py" line="45"/>
        <source>Space: start at the first word / stop · R: reset · N: next speaker · F11: full screen · Esc: close</source>
        <translation>스페이스: 첫 말에 시작 / 멈춤 · R: 처음으로 · N: 다음 발표자 · F11: 전체 화면 · Esc: 닫기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timekeeper.py" line="87"/>
        <source>within the time</source>
        <translation>시간 안</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timekeeper.py" line="87"/>
        <source>under the minimum time</source>
        <translation>최소 시간보다 짧음</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timekeeper.py" line="88"/>
        <source>over the maximum time</source>
        <translation>최대 시간보다 김</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timekeeper.py" line="88"/>
        <source>outside the time limits</source>
        <translation>제한 시간을 벗어남 (실격)</translation>
    </message>
</context>
<context>
    <name>TimingPage</name>
    <message>
        <location filename="../../ui/contest/timing.py" line="49"/>
        <source>Speaker</source>
        <translation>발표자</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="49"/>
        <source>Speech title</source>
        <translation>연설 제목</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="49"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="50"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="57"/>
        <source>Time the selected speaker (Enter)</source>
        <translation>고른 발표자 시간 재기 (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="62"/>
        <source>e.g. 5:40</source>
        <translation>예: 5:40</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="63"/>
        <source>Time measured by hand</source>
        <translation>손으로 잰 시간</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="69"/>
        <source>Set this time</source>
        <translation>이 시간으로 정하기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="71"/>
        <source>Clear the time</source>
        <translation>시간 지우기</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="81"/>
        <source>Time measured by hand:</source>
        <translation>손으로 잰 시간:</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="96"/>
        <source>Green card at %1, amber at %2, red at %3. Disqualified under %4 or over %5.</source>
        <translation>초록 카드 %1, 노란 카드 %2, 빨간 카드 %3. %4보다 짧거나 %5보다 길면 실격.</translation>
    </message>
    <message>
        <location filename="../../ui/contest/timing.py" line="178"/>
        <location filename="../../ui/contest/timing.py" line="185"/>
        <source>not a time: type minutes:seconds</source>
        <translation>시간이 아닙니다. 분:초로 입력해 주세요</translation>
    </message>
</context>
<context>
    <name>TutorExchange</name>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="145"/>
        <source>Bring them in</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="164"/>
        <source>Send to my tutor</source>
        <translation>선생님께 보내기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="165"/>
        <source>for my tutor</source>
        <translation>선생님께</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="165"/>
        <source>Web pages (*.html)</source>
        <translation>웹 페이지 (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="167"/>
        <source>Your tutor opens this page in her browser, with nothing to install. Choose a passphrase for it and tell it to her in your call — never in the same message as the file.</source>
        <translation>선생님은 이 페이지를 아무것도 설치하지 않고 브라우저에서 엽니다. 암호를 정하고, 통화할 때 말로 알려 주세요. 파일을 보내는 메시지에 암호를 함께 쓰지 마세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="170"/>
        <source>Saved “%1”. Send this file to your tutor (e-mail or messenger) and tell her the passphrase in your call. When she sends back her suggestions file, open it with Share ▸ Open my tutor&apos;s suggestions…</source>
        <translation>“%1” 파일을 저장했습니다. 이 파일을 전자우편이나 메신저로 선생님께 보내고, 암호는 통화할 때 알려 주세요. 선생님이 제안 파일을 보내오면 함께 쓰기 ▸ 선생님의 제안 열기…로 여세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="175"/>
        <source>Share the whole speech</source>
        <translation>연설문 전체 보내기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="184"/>
        <source>Put in the %1 practice recordings too (%2 MB)? They are your voice: leave them out unless the other computer is yours.</source>
        <translation>연습 녹음 %1개(%2 MB)도 넣을까요? 녹음에는 내 음성이 담겨 있습니다. 다른 컴퓨터가 내 것이 아니면 빼 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="193"/>
        <source>Shared speeches (*.moksori)</source>
        <translation>함께 쓰는 연설문 (*.moksori)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="194"/>
        <source>The whole speech with its alternatives, notes and versions, for Moksori on your other computer or your tutor&apos;s. Choose a passphrase; it is needed to open the file.</source>
        <translation>다른 표현, 메모, 저장본까지 연설문 전체를 다른 컴퓨터나 선생님 컴퓨터의 “목소리”로 보냅니다. 암호를 정해 주세요. 파일을 열 때 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="197"/>
        <source>Saved “%1”. Open it in Moksori on the other computer (Share ▸ Open a shared speech…); work done on both computers is joined.</source>
        <translation>“%1” 파일을 저장했습니다. 다른 컴퓨터의 “목소리”에서 함께 쓰기 ▸ 함께 쓰는 연설문 열기…로 여세요. 두 컴퓨터에서 한 일이 합쳐집니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="223"/>
        <source>Saved %1</source>
        <translation>저장했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="229"/>
        <source>Open my tutor&apos;s suggestions</source>
        <translation>선생님의 제안 열기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="230"/>
        <source>Suggestions and shared speeches (*.moksori-suggestions *.moksori);;All files (*)</source>
        <translation>제안과 함께 쓰는 연설문 (*.moksori-suggestions *.moksori);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="233"/>
        <source>Open a shared speech</source>
        <translation>함께 쓰는 연설문 열기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="233"/>
        <source>Shared speeches (*.moksori);;All files (*)</source>
        <translation>함께 쓰는 연설문 (*.moksori);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="245"/>
        <source>Open a file from your tutor</source>
        <translation>선생님이 보낸 파일 열기</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="253"/>
        <source>“%1” is locked. Type the passphrase you chose when you sent the speech.</source>
        <translation>“%1” 파일은 잠겨 있습니다. 연설문을 보낼 때 정한 암호를 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="268"/>
        <source>Everything in this file is here already. Nothing was changed.</source>
        <translation>이 파일의 내용은 모두 이미 있습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="283"/>
        <source>Brought in: %1</source>
        <translation>가져왔습니다: %1</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="289"/>
        <source>%1: %2 alternatives on %3 sentences, %4 notes</source>
        <translation>%1: 문장 %3개에 다른 표현 %2개, 메모 %4개</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="290"/>
        <source>Your tutor</source>
        <translation>선생님</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="294"/>
        <source>%1 were written for an earlier wording of their sentence</source>
        <translation>%1개는 고치기 전의 문장에 쓴 제안입니다</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="297"/>
        <source>%1 go to the closest sentence, because theirs was deleted or merged</source>
        <translation>%1개는 제안한 문장이 지워졌거나 합쳐져서 가장 비슷한 문장에 놓습니다</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="300"/>
        <source>%1 are here already</source>
        <translation>%1개는 이미 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="304"/>
        <source>They arrive as her alternatives and notes; your sentences and choices stay as they are.</source>
        <translation>선생님 표현과 메모로 들어옵니다. 내 문장과 고른 표현은 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="308"/>
        <source>A new speech “%1” with %2 rows, %3 alternatives and %4 notes</source>
        <translation>새 연설문 “%1”: 줄 %2개, 다른 표현 %3개, 메모 %4개</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="312"/>
        <source>“%1”: %2 new rows, %3 changed rows, %4 alternatives, %5 notes, %6 saved versions</source>
        <translation>“%1”: 새 줄 %2개, 바뀐 줄 %3개, 다른 표현 %4개, 메모 %5개, 저장본 %6개</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="320"/>
        <source>%1 practice recordings</source>
        <translation>연습 녹음 %1개</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="322"/>
        <source>%1 sentences were changed on both computers: the later text is kept, the other becomes an alternative marked “from the other computer”.</source>
        <translation>문장 %1개는 두 컴퓨터에서 모두 고쳤습니다. 나중에 고친 문장을 쓰고, 다른 쪽 문장은 “다른 컴퓨터에서 온 문장”이라고 표시한 다른 표현으로 남깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="329"/>
        <source>S&amp;hare</source>
        <translation>함께 쓰기(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="332"/>
        <source>Send to my tutor…</source>
        <translation>선생님께 보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="333"/>
        <source>Open my tutor&apos;s suggestions…</source>
        <translation>선생님의 제안 열기…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="335"/>
        <source>Share the whole speech…</source>
        <translation>연설문 전체 보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/tutor_exchange.py" line="336"/>
        <source>Open a shared speech…</source>
        <translation>함께 쓰는 연설문 열기…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="172"/>
        <source>Moksori is locked</source>
        <translation>잠겨 있습니다</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="174"/>
        <source>Type your passphrase to open your speeches.</source>
        <translation>연설문을 열려면 암호를 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="184"/>
        <source>I forgot my passphrase: use the recovery key</source>
        <translation>암호를 잊었습니다: 복구 열쇠로 열기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="189"/>
        <source>Unlock</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="203"/>
        <source>Type the recovery key you wrote down when you turned the lock on (32 letters and digits; dashes and spaces do not matter). Without it or the passphrase, nobody can open your data.</source>
        <translation>잠금을 켤 때 적어 둔 복구 열쇠를 입력해 주세요(글자와 숫자 32개, 줄표와 빈칸은 상관없습니다). 이 열쇠나 암호가 없으면 아무도 자료를 열 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="222"/>
        <source>That recovery key does not open this folder. Check each letter and try again.</source>
        <translation>이 복구 열쇠로는 열리지 않습니다. 글자를 하나씩 확인하고 다시 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="224"/>
        <source>That passphrase is not right. Nothing was changed; try again.</source>
        <translation>암호가 맞지 않습니다. 아무것도 바뀌지 않았습니다. 다시 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/lock_dialogs.py" line="226"/>
        <source>The lock file in the data folder is damaged, so it cannot be opened. Your files are untouched; ask your tutor or organiser for help.</source>
        <translation>자료 폴더의 잠금 파일이 망가져서 열 수 없습니다. 파일은 건드리지 않았습니다. 선생님이나 대회 진행자에게 도움을 청해 주세요.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="52"/>
        <source>Versions</source>
        <translation>판</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="56"/>
        <source>Compare this version</source>
        <translation>비교할 판</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="57"/>
        <source>with this version</source>
        <translation>이 판과 비교</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="59"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="60"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="61"/>
        <source>Save a version…</source>
        <translation>저장본 만들기…</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="65"/>
        <source>Compare</source>
        <translation>비교할 것:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="67"/>
        <source>with</source>
        <translation>견줄 것:</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="99"/>
        <source>%1 (first draft)</source>
        <translation>%1 (첫 초고)</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="101"/>
        <source>Now</source>
        <translation>지금</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="126"/>
        <source>%1 of %2 sentences differ.</source>
        <translation>%2문장 중 %1문장이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="158"/>
        <source>typed in the editor</source>
        <translation>편집기에서 직접 씀</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="162"/>
        <source>an alternative by %1, picked</source>
        <translation>고른 표현, 쓴 사람: %1</translation>
    </message>
    <message>
        <location filename="../../ui/drafting/versions_dialog.py" line="196"/>
        <source>Version %1</source>
        <translation>%1번째 제출</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/shell/welcome_page.py" line="19"/>
        <source>Write your speech in Korean first, then in English, sentence by sentence.</source>
        <translation>먼저 한국어로 연설문을 쓰고, 한 문장씩 영어로 옮겨 보세요.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome_page.py" line="22"/>
        <source>Start a new speech</source>
        <translation>새 연설문 시작하기</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome_page.py" line="24"/>
        <source>Open a speech shared from another computer…</source>
        <translation>다른 컴퓨터에서 보낸 연설문 열기…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome_page.py" line="29"/>
        <source>Your story stays on this computer. If others use it too, lock Moksori with a passphrase: then nobody can read your speeches or hear your recordings without it.</source>
        <translation>이야기는 이 컴퓨터에만 남습니다. 다른 사람도 이 컴퓨터를 쓴다면 암호로 잠가 두세요. 그러면 암호 없이는 아무도 연설문을 읽거나 녹음을 들을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/welcome_page.py" line="34"/>
        <source>Lock with a passphrase…</source>
        <translation>암호로 잠그기…</translation>
    </message>
</context>
</TS>
