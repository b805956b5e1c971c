package org.dudao.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeEvents extends JpaRepository<NoticeEvent, Long> {

    List<NoticeEvent> findByNoticeIdOrderByOccurredAtAscIdAsc(Long noticeId);
}
