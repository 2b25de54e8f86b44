"""Stories and voices: HR's frontline stories (一线故事) for audiences, the experience board where
employees post how they manage (moderated, commented, reported), and HR's broadcast notices with
read receipts."""
