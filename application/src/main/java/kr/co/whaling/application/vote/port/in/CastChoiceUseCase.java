package kr.co.whaling.application.vote.port.in;

import kr.co.whaling.domain.vote.Answer;

/** Use case: cast a choice (answer YES or NO) on a question, paying the answer cost. */
public interface CastChoiceUseCase {

    Answer castChoice(CastChoiceCommand command);
}
