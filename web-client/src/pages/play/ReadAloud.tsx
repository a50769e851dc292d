// "Đọc câu hỏi": the phone reads the question and its answers aloud (Web Speech API), for a
// student who reads slowly or cannot see the screen well. Shown only when the phone has a
// Vietnamese voice: another voice would read Vietnamese wrongly.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';

function vietnameseVoice(): SpeechSynthesisVoice | null {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return null;
  return window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('vi')) ?? null;
}

/** The Vietnamese voice, once the phone has listed its voices (they come late on some phones). */
function useVietnameseVoice(): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState(vietnameseVoice);
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const synth = window.speechSynthesis;
    const update = () => setVoice(vietnameseVoice());
    synth.addEventListener('voiceschanged', update);
    return () => {
      synth.removeEventListener('voiceschanged', update);
      synth.cancel();
    };
  }, []);
  return voice;
}

export function ReadAloud(props: { text: string }) {
  const voice = useVietnameseVoice();
  if (!voice) return null;
  const read = () => {
    const speech = window.speechSynthesis;
    speech.cancel();
    const utterance = new SpeechSynthesisUtterance(props.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    speech.speak(utterance);
  };
  return (
    <button type="button" class="button read-aloud" onClick={read}>
      {t('play.readAloud')}
    </button>
  );
}
